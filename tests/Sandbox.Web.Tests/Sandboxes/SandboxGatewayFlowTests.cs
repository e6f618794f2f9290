using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Access;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Organizations;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Storage.Documents;
using Sandbox.Testing.Applications;
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
    private const string Purpose = "Evaluate intrusion detection on synthetic flows";
    private const string GatewayResourceSecret = "resource-server-secret-0123456789";

    private static readonly CaseActor Regulator = new("rita", "authority", new HashSet<string> { SandboxRoles.Regulator });

    /// <summary>A day-long token lifetime, so the cap at the licence's end (under a day away) is what limits it.</summary>
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["OAuth:AccessTokenLifetimeMinutes"] = "1440" };

    [Fact]
    public async Task A_sandbox_client_queries_within_its_licence_is_refused_outside_it_and_loses_access_when_the_licence_is_suspended()
    {
        var (licence, sandbox) = await ActiveSandboxAsync();
        var secret = (await Services.GetRequiredService<SandboxCredentialVault>().TakeAsync(sandbox, CancellationToken.None))!.Value.Secret;

        var clientId = SandboxIds.ServiceClient(sandbox.Id);
        var scopes = $"{SandboxIds.Scope(sandbox.Id, "query")} {SandboxIds.Scope(sandbox.Id, "export-request")}";
        var token = await TokenResponse.ClientCredentialsAsync(Http, clientId, secret, scopes);
        Assert.Equal(HttpStatusCode.OK, token.Status);
        var lifetime = token.Body.GetProperty("expires_in").GetInt32();
        Assert.InRange(lifetime, 1, (int)Math.Ceiling((licence.ValidTo - DateTimeOffset.UtcNow).TotalSeconds));
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
        Assert.True(await IntrospectAsync(token.AccessToken));

        var etag = (await Services.GetRequiredService<WorkflowEngine>().GetAsync(CaseDefinitions.LifecycleInstanceId(licence.Id)))!.ETag;
        await Services.GetRequiredService<LicenceActions>().ActAsync(Regulator, "Rita", licence.Id, "suspend", "Telemetry stopped arriving.", null, etag);

        using var next = await CallAsync(token.AccessToken, HttpMethod.Post, $"/api/sandboxes/{sandbox.Id}/query", CountBy("protocol"));
        Assert.Equal(HttpStatusCode.Unauthorized, next.StatusCode);
        Assert.False(await IntrospectAsync(token.AccessToken));
        var again = await TokenResponse.ClientCredentialsAsync(Http, clientId, secret, scopes);
        Assert.NotEqual(HttpStatusCode.OK, again.Status);
    }

    private static GatewayQueryBody CountBy(string field) => new("flows", Purpose, [new("count", null)], [field]);

    private async Task<(PilotLicence Licence, SandboxEnvironment Sandbox)> ActiveSandboxAsync()
    {
        const string list = "9001,\"ASCOTEC SCIENCE & TECHNOLOGY GMBH\",-0- ,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Registration ID HRB 58745 (Germany).\"\n";
        using (var csv = new MemoryStream(Encoding.UTF8.GetBytes(list)))
        {
            await Services.GetRequiredService<ScreeningListImporter>().ImportSdnCsvAsync(csv, "test.csv", "admin-1");
        }

        var organization = await Services.GetRequiredService<OrganizationDirectory>().RegisterAsync("TU Example", OrganizationType.ResearchInstitution, CountryCode.Parse("NL"), "admin");
        var applicant = new CaseActor("ines-" + Guid.NewGuid().ToString("N")[..6], organization.Id, new HashSet<string> { SandboxRoles.Applicant });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var content = SampleApplications.IntrusionResearch(today.AddDays(1)) with
        {
            TechnologyItems = [SampleApplications.IntrusionResearch(today.AddDays(1)).TechnologyItems[0] with { ClassificationCode = "SBX-RESEARCH-TOOLS", Capabilities = [Capability.SensorFusion] }],
        };
        var applications = Services.GetRequiredService<PilotApplications>();
        var created = await applications.CreateAsync(applicant, content);
        await applications.SubmitAsync(applicant, created.Value.Id, created.ETag);

        var engine = Services.GetRequiredService<WorkflowEngine>();
        var @case = await EventuallyAsync(async () => LicensingCases.Current(await engine.FindBySubjectAsync(created.Value.Id)) is { State: "review" } c ? c : null);
        var start = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var decision = new LicenceDecision
        {
            Outcome = DecisionOutcome.Approve,
            Conditions = new LicenceConditions
            {
                RetentionDays = 30, DataLocalizationRegion = "EU", AggregateOnly = true, MinimumCellSize = 10, NoRawIdentifiers = true, MaxRowsPerQuery = 1000,
                QueriesPerDay = 100, TelemetryRequired = true, ExportRequiresReview = true, DeclaredPurposes = [Purpose],
            },
            ValidFrom = start,
            ValidTo = start.AddDays(1),
            Rationale = "Safeguards are proportionate to the risk of this pilot.",
        };
        await Services.GetRequiredService<LicensingCases>().DecideAsync(Regulator, "Rita", @case.Id, decision, (await engine.GetAsync(@case.Id))!.ETag);
        var licence = Assert.Single(await Services.GetRequiredService<LicenceRegistry>().ForApplicationAsync(created.Value.Id));
        var sandbox = await EventuallyAsync(async () =>
            (await Services.GetRequiredService<SandboxEnvironments>().GetAsync(SandboxIds.ForLicence(licence.Reference)))?.Value is { Status: SandboxStatus.Ready } s ? s : null);
        await RegisterGatewayResourceServerAsync();
        return (licence, sandbox);
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

    /// <summary>A resource server (the tokens' audience) that introspects them, as a researcher's own service would.</summary>
    private async Task RegisterGatewayResourceServerAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(SandboxClients.GatewayResource) is null)
        {
            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = SandboxClients.GatewayResource,
                ClientSecret = GatewayResourceSecret,
                ClientType = ClientTypes.Confidential,
                Permissions = { Permissions.Endpoints.Introspection },
            });
        }
    }

    private async Task<bool> IntrospectAsync(string token)
    {
        using var response = await Http.PostAsync(new Uri("/connect/introspect", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["client_id"] = SandboxClients.GatewayResource,
            ["client_secret"] = GatewayResourceSecret,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("active").GetBoolean();
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The app did not get there in 15 seconds.");
    }

    private sealed record GatewayQueryBody(string Dataset, string Purpose, IReadOnlyList<AggregateBody> Aggregates, IReadOnlyList<string> GroupBy);

    private sealed record AggregateBody(string Function, string? Field);
}

public sealed class SqliteSandboxGatewayFlowTests() : SandboxGatewayFlowTests(onCosmos: false);

public sealed class CosmosSandboxGatewayFlowTests() : SandboxGatewayFlowTests(onCosmos: true);
