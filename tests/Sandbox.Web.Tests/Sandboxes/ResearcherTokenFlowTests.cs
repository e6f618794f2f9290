using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Access;
using Sandbox.Domain.Access;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Organizations;
using Sandbox.Identity.Users;
using Sandbox.Provisioning.Environments;
using Sandbox.Web.Tests.Account;
using Sandbox.Web.Tests.OAuth;

namespace Sandbox.Web.Tests.Sandboxes;

/// <summary>
/// A researcher the licence names reaches the gateway with their own token (authorization code + PKCE through the
/// sandbox's notebook client); someone the licence does not name gets no token for it.
/// </summary>
public sealed class ResearcherTokenFlowTests() : KestrelAppTests(onCosmos: false)
{
    private const string RedirectUri = "http://127.0.0.1:8765/callback";

    [Fact]
    public async Task The_named_researcher_gets_a_token_for_the_sandbox_and_queries_it_and_an_unnamed_one_is_refused()
    {
        var (named, organizationId) = await ResearcherAsync("NL");
        var (_, sandbox) = await SandboxArrangement.ActiveSandboxAsync(Services, new CaseActor(named.Id, organizationId, new HashSet<string> { SandboxRoles.Applicant }), days: 30);
        var (stranger, _) = await ResearcherAsync("NL");

        var token = await AuthorizeAndExchangeAsync(sandbox, named.Email);
        Assert.Equal(HttpStatusCode.OK, token.Status);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/sandboxes/{sandbox.Id}/query", UriKind.Relative))
        {
            Content = JsonContent.Create(new { dataset = "flows", purpose = SandboxArrangement.Purpose, aggregates = new[] { new { function = "count" } }, groupBy = new[] { "protocol" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        using var answered = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.NotEmpty((await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray());

        var refused = await AuthorizeAndExchangeAsync(sandbox, stranger.Email);
        Assert.Equal((HttpStatusCode.BadRequest, "access_denied"), (refused.Status, refused.Error));
        Assert.Contains("does not name you", refused.Body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    private async Task<TokenResponse> AuthorizeAndExchangeAsync(SandboxEnvironment sandbox, string email)
    {
        var pkce = Pkce.Create();
        using var session = new BrowserSession(Factory);
        var url = $"/connect/authorize?client_id={SandboxIds.NotebookClient(sandbox.Id)}&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
            $"&scope={Uri.EscapeDataString(SandboxIds.Scope(sandbox.Id, "query"))}&state=s-1&code_challenge={pkce.Challenge}&code_challenge_method=S256";
        var callback = await OAuthBrowser.SignInAndConsentAsync(session, url, email);
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
        return await TokenResponse.PostAsync(Http, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = SandboxIds.NotebookClient(sandbox.Id),
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = pkce.Verifier,
        });
    }

    /// <summary>A registered applicant account placed in a new organization of that country.</summary>
    private async Task<(SandboxUser User, string OrganizationId)> ResearcherAsync(string country)
    {
        var email = $"researcher-{Guid.NewGuid():N}@example.org";
        using (var session = new BrowserSession(Factory))
        {
            Assert.Equal("/", (await session.RegisterAsync(email)).RedirectPath);
        }

        var organization = await Services.GetRequiredService<OrganizationDirectory>().RegisterAsync("Lab " + email[11..17], OrganizationType.ResearchInstitution, CountryCode.Parse(country), "admin");
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        user.OrganizationId = organization.Id;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
        return ((await users.FindByEmailAsync(email))!, organization.Id);
    }
}
