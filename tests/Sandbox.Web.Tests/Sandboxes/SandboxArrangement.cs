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
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Testing.Applications;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Tests.Sandboxes;

/// <summary>An active licence with a Ready sandbox in a running app, reached through the real services and workflows.</summary>
internal static class SandboxArrangement
{
    public const string Purpose = "Evaluate intrusion detection on synthetic flows";

    public static readonly CaseActor Regulator = new("rita", "authority", new HashSet<string> { SandboxRoles.Regulator });

    /// <summary>Aggregate only, cells of 10, no raw identifiers, EU: what the flow tests expect.</summary>
    public static LicenceConditions Conditions { get; } = new()
    {
        RetentionDays = 30, DataLocalizationRegion = "EU", AggregateOnly = true, MinimumCellSize = 10, NoRawIdentifiers = true, MaxRowsPerQuery = 1000,
        QueriesPerDay = 100, TelemetryRequired = true, ExportRequiresReview = true, DeclaredPurposes = [Purpose],
    };

    /// <summary>Submits a Tier 1 network-flow pilot as <paramref name="applicant"/>, approves it from today for <paramref name="days"/>, and waits for its sandbox.</summary>
    /// <param name="tick">Moves a fake clock on while waiting, so the app's worker (which waits on that clock) runs.</param>
    public static async Task<(PilotLicence Licence, SandboxEnvironment Sandbox)> ActiveSandboxAsync(IServiceProvider services, CaseActor applicant, int days, Action? tick = null)
    {
        const string list = "9001,\"ASCOTEC SCIENCE & TECHNOLOGY GMBH\",-0- ,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Registration ID HRB 58745 (Germany).\"\n";
        using (var csv = new MemoryStream(Encoding.UTF8.GetBytes(list)))
        {
            await services.GetRequiredService<ScreeningListImporter>().ImportSdnCsvAsync(csv, "test.csv", "admin-1");
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sample = SampleApplications.IntrusionResearch(today.AddDays(1));
        var content = sample with { TechnologyItems = [sample.TechnologyItems[0] with { ClassificationCode = "SBX-RESEARCH-TOOLS", Capabilities = [Capability.SensorFusion] }] };
        var applications = services.GetRequiredService<PilotApplications>();
        var created = await applications.CreateAsync(applicant, content);
        await applications.SubmitAsync(applicant, created.Value.Id, created.ETag);

        var engine = services.GetRequiredService<WorkflowEngine>();
        var @case = await EventuallyAsync(async () => LicensingCases.Current(await engine.FindBySubjectAsync(created.Value.Id)) is { State: "review" } c ? c : null, tick);
        var start = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var decision = new LicenceDecision
        {
            Outcome = DecisionOutcome.Approve,
            Conditions = Conditions,
            ValidFrom = start,
            ValidTo = start.AddDays(days),
            Rationale = "Safeguards are proportionate to the risk of this pilot.",
        };
        await services.GetRequiredService<LicensingCases>().DecideAsync(Regulator, "Rita", @case.Id, decision, (await engine.GetAsync(@case.Id))!.ETag);
        var licence = Assert.Single(await services.GetRequiredService<LicenceRegistry>().ForApplicationAsync(created.Value.Id));
        var sandbox = await EventuallyAsync(async () =>
            (await services.GetRequiredService<SandboxEnvironments>().GetAsync(SandboxIds.ForLicence(licence.Reference)))?.Value is { Status: SandboxStatus.Ready } s ? s : null, tick);
        return (licence, sandbox);
    }

    private const string GatewayResourceSecret = "resource-server-secret-0123456789";

    /// <summary>A resource server (the tokens' audience) that introspects them, as a researcher's own service would.</summary>
    public static async Task RegisterGatewayResourceServerAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(SandboxClients.GatewayResource) is null)
        {
            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = SandboxClients.GatewayResource,
                ClientSecret = GatewayResourceSecret,
                ClientType = OpenIddictConstants.ClientTypes.Confidential,
                Permissions = { OpenIddictConstants.Permissions.Endpoints.Introspection },
            });
        }
    }

    /// <summary>Whether the token is active, as the resource server's introspection sees it.</summary>
    public static async Task<bool> IntrospectAsync(HttpClient http, string token)
    {
        using var response = await http.PostAsync(new Uri("/connect/introspect", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["client_id"] = SandboxClients.GatewayResource,
            ["client_secret"] = GatewayResourceSecret,
        }));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("active").GetBoolean();
    }

    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, Action? tick = null)
        where T : class
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            tick?.Invoke();
            await Task.Delay(100);
        }

        throw new TimeoutException("The app did not get there in 15 seconds.");
    }
}
