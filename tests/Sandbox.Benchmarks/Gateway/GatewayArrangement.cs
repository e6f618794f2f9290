using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
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
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Testing.Applications;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Benchmarks.Gateway;

/// <summary>
/// What <c>SandboxGatewayFlowTests</c> arranges, through the app's own services: an organization applies for the
/// intrusion-research pilot (template <c>network-flow-intrusion</c>), a regulator approves it, the lifecycle activates
/// the licence and provisions the sandbox, and the service client takes its secret from the vault and a token.
/// </summary>
internal static class GatewayArrangement
{
    public const string Purpose = "Evaluate intrusion detection on synthetic flows";

    /// <summary>The regulator who decides the case and, in phase C, revokes the licence (outside the holder's organization).</summary>
    public static readonly CaseActor Regulator = new("rita", "authority", new HashSet<string> { SandboxRoles.Regulator });

    /// <summary>The query every phase sends: an aggregate within the conditions (count of flows by protocol).</summary>
    public static readonly byte[] CountByProtocol = JsonSerializer.SerializeToUtf8Bytes(new
    {
        dataset = "flows",
        purpose = Purpose,
        aggregates = new[] { new { function = "count" } },
        groupBy = new[] { "protocol" },
    });

    public static async Task<ArrangedSandbox> ActiveSandboxAsync(IServiceProvider services, HttpClient http, string organizationName)
    {
        const string list = "9001,\"ASCOTEC SCIENCE & TECHNOLOGY GMBH\",-0- ,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Registration ID HRB 58745 (Germany).\"\n";
        using (var csv = new MemoryStream(Encoding.UTF8.GetBytes(list)))
        {
            await services.GetRequiredService<ScreeningListImporter>().ImportSdnCsvAsync(csv, "gateway-load.csv", "admin-1");
        }

        var organization = await services.GetRequiredService<OrganizationDirectory>().RegisterAsync(organizationName, OrganizationType.ResearchInstitution, CountryCode.Parse("NL"), "admin");
        var applicant = new CaseActor("ines-" + Guid.NewGuid().ToString("N")[..6], organization.Id, new HashSet<string> { SandboxRoles.Applicant });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sample = SampleApplications.IntrusionResearch(today.AddDays(1));
        var content = sample with
        {
            TechnologyItems = [sample.TechnologyItems[0] with { ClassificationCode = "SBX-RESEARCH-TOOLS", Capabilities = [Capability.SensorFusion] }],
        };
        var applications = services.GetRequiredService<PilotApplications>();
        var created = await applications.CreateAsync(applicant, content);
        await applications.SubmitAsync(applicant, created.Value.Id, created.ETag);

        var engine = services.GetRequiredService<WorkflowEngine>();
        var @case = await EventuallyAsync(async () => LicensingCases.Current(await engine.FindBySubjectAsync(created.Value.Id)) is { State: "review" } c ? c : null);
        var start = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var decision = new LicenceDecision
        {
            Outcome = DecisionOutcome.Approve,
            Conditions = new LicenceConditions
            {
                RetentionDays = 30, DataLocalizationRegion = "EU", AggregateOnly = true, MinimumCellSize = 10, NoRawIdentifiers = true, MaxRowsPerQuery = 1000,
                // The template's own quota (2,000 a day for network-flow-intrusion, the highest of the catalog) caps this anyway.
                QueriesPerDay = 5000, TelemetryRequired = true, ExportRequiresReview = true, DeclaredPurposes = [Purpose],
            },
            ValidFrom = start,
            ValidTo = start.AddDays(30),
            Rationale = "Safeguards are proportionate to the risk of this pilot.",
        };
        await services.GetRequiredService<LicensingCases>().DecideAsync(Regulator, "Rita", @case.Id, decision, (await engine.GetAsync(@case.Id))!.ETag);
        var licence = (await services.GetRequiredService<LicenceRegistry>().ForApplicationAsync(created.Value.Id)).Single();
        var sandbox = await EventuallyAsync(async () =>
            (await services.GetRequiredService<SandboxEnvironments>().GetAsync(SandboxIds.ForLicence(licence.Reference)))?.Value is { Status: SandboxStatus.Ready } s ? s : null);

        var secret = (await services.GetRequiredService<SandboxCredentialVault>().TakeAsync(sandbox, CancellationToken.None))!.Value.Secret;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = SandboxIds.ServiceClient(sandbox.Id),
            ["client_secret"] = secret,
            ["scope"] = SandboxIds.Scope(sandbox.Id, SandboxIds.QueryOperation),
        });
        using var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The token endpoint answered {(int)response.StatusCode}: {body}");
        }

        using var token = JsonDocument.Parse(body);
        return new ArrangedSandbox(licence, sandbox, token.RootElement.GetProperty("access_token").GetString()!);
    }

    /// <summary>Today's limit of the sandbox less what it has answered today: how many more queries it will accept.</summary>
    public static async Task<int> QuotaLeftAsync(IServiceProvider services, SandboxEnvironment sandbox) =>
        SandboxGateway.DailyLimit(sandbox) - await services.GetRequiredService<QueryQuota>().UsedTodayAsync(sandbox.Id, CancellationToken.None);

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The app did not get there in 60 seconds.");
    }
}
