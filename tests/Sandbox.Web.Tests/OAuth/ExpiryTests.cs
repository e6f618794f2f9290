using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Sandbox.Identity.OAuth;
using Sandbox.Web.Tests.Account;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Web.Tests.OAuth;

/// <summary>Lifetimes under a fake clock: authorization codes (2 minutes) and access tokens (20 minutes).</summary>
public sealed class ExpiryTests : FakeClockAppTests
{
    [Fact]
    public async Task An_authorization_code_is_refused_once_its_two_minutes_are_over()
    {
        var clientId = await OAuthTestClients.RegisterNotebookAsync(Factory.Services);
        var email = $"slow-{Guid.NewGuid():N}@example.org";
        using var session = new BrowserSession(Factory);
        Assert.Equal("/", (await session.RegisterAsync(email)).RedirectPath);
        await session.SignOutAsync();
        var pkce = Pkce.Create();
        var url = $"/connect/authorize?client_id={clientId}&response_type=code&redirect_uri={Uri.EscapeDataString(OAuthTestClients.NotebookRedirectUri)}" +
            $"&scope=openid&state=s&code_challenge={pkce.Challenge}&code_challenge_method=S256";
        var code = QueryHelpers.ParseQuery((await OAuthBrowser.SignInAndConsentAsync(session, url, email)).Query)["code"].ToString();

        Time.Advance(TimeSpan.FromMinutes(3));
        var late = await TokenResponse.PostAsync(Factory.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = GrantTypes.AuthorizationCode,
            ["client_id"] = clientId,
            ["code"] = code,
            ["redirect_uri"] = OAuthTestClients.NotebookRedirectUri,
            ["code_verifier"] = pkce.Verifier,
        });

        Assert.Equal(Errors.InvalidGrant, late.Error);
    }

    [Fact]
    public async Task An_access_token_stops_working_when_its_lifetime_ends()
    {
        var clientId = await OAuthTestClients.RegisterMachineClientAsync(Factory.Services, OAuthScopes.Api);
        using var http = Factory.CreateClient();
        var token = (await TokenResponse.ClientCredentialsAsync(http, clientId, OAuthTestClients.Secret, OAuthScopes.Api)).AccessToken;
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        Time.Advance(TimeSpan.FromMinutes(19));
        var before = (await http.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode;
        Time.Advance(TimeSpan.FromMinutes(2));
        var after = (await http.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode;

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
    }
}
