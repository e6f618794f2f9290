using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Sandbox.Applications.Access;
using Sandbox.Domain.Access;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Organizations;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Storage.Documents;
using Sandbox.Web.Tests.OAuth;
using Sandbox.Workflows.Runtime;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Web.Tests.Sandboxes;

/// <summary>
/// A real OAuth client over real HTTP on each provider: a licence becomes active, its sandbox is provisioned, the
/// service client gets a token capped at the licence's end, queries within the conditions, is refused outside them,
/// and loses access the moment the licence is suspended (token dead, introspection inactive, client disabled).
/// </summary>
public abstract class SandboxGatewayFlowTests(bool onCosmos) : KestrelAppTests(onCosmos)
{
    private const string Purpose = SandboxArrangement.Purpose;

    /// <summary>A day-long token lifetime, so the cap at the licence's end (under a day away) is what limits it.</summary>
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["OAuth:AccessTokenLifetimeMinutes"] = "1440" };

    [Fact]
    public async Task A_sandbox_client_queries_within_its_licence_is_refused_outside_it_and_loses_access_when_the_licence_is_suspended()
    {
        var (licence, sandbox) = await ActiveSandboxAsync();
        var secret = (await Services.GetRequiredService<SandboxCredentialVault>().TakeAsync(sandbox, CancellationToken.None))!.Value.Secret;

        var clientId = SandboxIds.ServiceClient(sandbox.Id);
        var scopes = $"{SandboxIds.Scope(sandbox.Id, "query")} {SandboxIds.Scope(sandbox.Id, "export-request")}";
        var askedAt = DateTimeOffset.UtcNow;
        var token = await TokenResponse.ClientCredentialsAsync(Http, clientId, secret, scopes);
        Assert.Equal(HttpStatusCode.OK, token.Status);
        var lifetime = token.Body.GetProperty("expires_in").GetInt32();
        Assert.InRange(lifetime, 1, (int)Math.Ceiling((licence.ValidTo - askedAt).TotalSeconds));
        var wrongScope = await TokenResponse.ClientCredentialsAsync(Http, clientId, secret, "sandbox:sbx-2026-999999:query");
        Assert.NotEqual(HttpStatusCode.OK, wrongScope.Status);

        using var schema = await CallAsync(token.AccessToken, HttpMethod.Get, $"/api/sandboxes/{sandbox.Id}/datasets");
        Assert.Equal(HttpStatusCode.OK, schema.StatusCode);
        using var answered = await CallAsync(token.AccessToken, HttpMethod.Post, $"/api/sandboxes/{sandbox.Id}/query", CountBy("protocol"));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var result = await answered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["protocol", "count"], result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.All(result.GetProperty("rows").EnumerateArray(), row => Assert.True(row[1].GetInt64() >= 10));

        await RefusedAsync(token.AccessToken, sandbox.Id, CountBy("src_ip"), HttpStatusCode.Forbidden, "noRawIdentifiers");
        await RefusedAsync(token.AccessToken, sandbox.Id, CountBy("protocol") with { Purpose = "Something else" }, HttpStatusCode.Forbidden, "declaredPurposes");
        await RefusedAsync(token.AccessToken, sandbox.Id, new { dataset = "flows", purpose = Purpose, select = new[] { "protocol" } }, HttpStatusCode.Forbidden, "aggregateOnly");
        await RefusedAsync(token.AccessToken, sandbox.Id, new { dataset = "flows", purpose = Purpose, aggregates = new[] { new { function = "median", field = "bytes" } } }, HttpStatusCode.BadRequest, "query");
        Assert.True(await SandboxArrangement.IntrospectAsync(Http, token.AccessToken));

        var etag = (await Services.GetRequiredService<WorkflowEngine>().GetAsync(CaseDefinitions.LifecycleInstanceId(licence.Id)))!.ETag;
        await Services.GetRequiredService<LicenceActions>().ActAsync(SandboxArrangement.Regulator, "Rita", licence.Id, "suspend", "Telemetry stopped arriving.", null, etag);

        using var next = await CallAsync(token.AccessToken, HttpMethod.Post, $"/api/sandboxes/{sandbox.Id}/query", CountBy("protocol"));
        Assert.Equal(HttpStatusCode.Unauthorized, next.StatusCode);
        Assert.False(await SandboxArrangement.IntrospectAsync(Http, token.AccessToken));
        var again = await TokenResponse.ClientCredentialsAsync(Http, clientId, secret, scopes);
        Assert.NotEqual(HttpStatusCode.OK, again.Status);
    }

    private static GatewayQueryBody CountBy(string field) => new("flows", Purpose, [new("count", null)], [field]);

    private async Task<(PilotLicence Licence, SandboxEnvironment Sandbox)> ActiveSandboxAsync()
    {
        var organization = await Services.GetRequiredService<OrganizationDirectory>().RegisterAsync("TU Example", OrganizationType.ResearchInstitution, CountryCode.Parse("NL"), "admin");
        var applicant = new CaseActor("ines-" + Guid.NewGuid().ToString("N")[..6], organization.Id, new HashSet<string> { SandboxRoles.Applicant });
        var arranged = await SandboxArrangement.ActiveSandboxAsync(Services, applicant, days: 1);
        await SandboxArrangement.RegisterGatewayResourceServerAsync(Services);
        return arranged;
    }

    private async Task RefusedAsync(string token, string sandboxId, object query, HttpStatusCode status, string condition)
    {
        using var response = await CallAsync(token, HttpMethod.Post, $"/api/sandboxes/{sandboxId}/query", query);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(condition, problem.GetProperty("condition").GetString());
    }

    private async Task<HttpResponseMessage> CallAsync(string token, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: StorageJson.Options);
        }

        return await Http.SendAsync(request);
    }

    private sealed record GatewayQueryBody(string Dataset, string Purpose, IReadOnlyList<AggregateBody> Aggregates, IReadOnlyList<string> GroupBy);

    private sealed record AggregateBody(string Function, string? Field);
}

public sealed class SqliteSandboxGatewayFlowTests() : SandboxGatewayFlowTests(onCosmos: false);

public sealed class CosmosSandboxGatewayFlowTests() : SandboxGatewayFlowTests(onCosmos: true);
