using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Access;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;
using Sandbox.Licensing.Tests;
using Sandbox.Oversight.ExitReports;
using Sandbox.Oversight.Misuse;
using Sandbox.Oversight.Tests.Misuse;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Tests;
using Sandbox.Storage.Documents;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Oversight.Tests.ExitReports;

/// <summary>
/// A pilot taken through the real workflows on the fake clock with a known history: gateway requests answered and
/// refused, two exports, a misuse report that ends in suspension, then revocation. The counts the tests expect are
/// the ones listed here, worked out by hand from the requests made.
/// </summary>
public sealed class ExitReportTestBed(MisuseTestBed misuse)
{
    public const string Purpose = "Evaluate detection accuracy on synthetic records";
    public const string RevocationReason = "Watch-list matching confirmed by the investigation.";

    public MisuseTestBed Misuse { get; } = misuse;

    public SandboxTestBed Sandboxes => Misuse.Sandboxes;

    public LicensingTestHost Host => Misuse.Host;

    public ExitReportService Reports => Host.Get<ExitReportService>();

    /// <summary>A regulator of the holder's own organization: sees the report, may not decide on it.</summary>
    public CaseActor InHouseRegulator => Person("hera", Host.ApplicantOrganizationId, Sandbox.Domain.Access.SandboxRoles.Regulator);

    public static async Task<ExitReportTestBed> StartAsync(IDocumentStore? store = null) =>
        new(new MisuseTestBed(new SandboxTestBed(await LicensingTestHost.StartAsync(store: store))));

    public static GatewayQuery Counted(string? purpose = Purpose) =>
        new() { Dataset = "flows", Purpose = purpose, Aggregates = [new GatewayAggregate("count")], GroupBy = ["protocol"] };

    public Task<GatewayResult<QueryResult>> AskAsync(SandboxEnvironment sandbox, GatewayQuery query) =>
        Misuse.InScopeAsync(s => s.GetRequiredService<SandboxGateway>().QueryAsync(SandboxTestBed.Service(sandbox), sandbox.Id, query, CancellationToken.None));

    /// <summary>
    /// The seeded history: 3 queries answered; refused 2 × declaredPurposes, 1 × aggregateOnly while active and
    /// 1 × licence while suspended; exports: one approved and downloaded once, one rejected; one misuse report
    /// triaged against the licence and answered with suspension; then the licence revoked, which assembles the exit
    /// report; one more request refused (licence) after that, which the report assembled at the end does not count.
    /// </summary>
    public async Task<PilotLicence> EndedPilotAsync()
    {
        var licence = await Sandboxes.ActiveLicenceAsync();
        var sandbox = (await Sandboxes.SandboxAsync(licence))!;
        for (var i = 0; i < 3; i++)
        {
            Assert.NotNull((await AskAsync(sandbox, Counted())).Value);
        }

        Assert.Equal("declaredPurposes", (await AskAsync(sandbox, Counted("Profile individual users"))).Refusal!.Condition);
        Assert.Equal("declaredPurposes", (await AskAsync(sandbox, Counted(null))).Refusal!.Condition);
        Assert.Equal("aggregateOnly", (await AskAsync(sandbox, new GatewayQuery { Dataset = "flows", Purpose = Purpose, Select = ["protocol"] })).Refusal!.Condition);

        await ExportAsync(sandbox, approve: true, download: true);
        await ExportAsync(sandbox, approve: false, download: false);

        var report = await Misuse.ReportAsync(licence.Reference);
        await Misuse.ActAsync(Regulator, report.ReportId, "triage", new MisuseDecision("Credible report naming the licence.", MisuseSeverity.High, licence.Reference));
        await Misuse.ActAsync(Regulator, report.ReportId, "suspend", new MisuseDecision("Stop until the investigation ends."));
        Assert.Equal(LicenceStatus.Suspended, (await Sandboxes.LicenceAsync(licence.Id)).Status);
        Assert.Equal("licence", (await AskAsync(sandbox, Counted())).Refusal!.Condition);

        await Sandboxes.ActAsync(licence, "revoke", RevocationReason);
        await Host.AdvanceAsync(TimeSpan.Zero);
        Assert.Equal("licence", (await AskAsync(sandbox, Counted())).Refusal!.Condition);
        return await Sandboxes.LicenceAsync(licence.Id);
    }

    private async Task ExportAsync(SandboxEnvironment sandbox, bool approve, bool download)
    {
        var caller = SandboxTestBed.Service(sandbox);
        var reviewer = new ExportReviewer(Regulator.UserId, "Rita", Regulator.OrganizationId);
        await using var scope = Host.Services.CreateAsyncScope();
        var airlock = scope.ServiceProvider.GetRequiredService<SandboxAirlock>();
        var draft = (await airlock.DraftAsync(caller, sandbox.Id, Counted(), "Detection rates per protocol for the interim report.", CancellationToken.None)).Value!;
        var submitted = (await airlock.SubmitAsync(caller, sandbox.Id, draft.Value.Id, draft.ETag, CancellationToken.None)).Value!;
        var inReview = (await airlock.StartReviewAsync(reviewer, sandbox.Id, submitted.Value.Id, submitted.ETag, CancellationToken.None)).Value!;
        var decided = await airlock.DecideAsync(reviewer, sandbox.Id, inReview.Value.Id, approve, approve ? "Aggregates only; fine." : "Not needed for the report.", inReview.ETag, CancellationToken.None);
        Assert.NotNull(decided.Value);
        if (download)
        {
            Assert.NotNull((await airlock.DownloadAsync(caller, sandbox.Id, draft.Value.Id, CancellationToken.None)).Value);
        }
    }

    public static ExitNarrative Narrative { get; } = new()
    {
        Learned = "Flow-level features detect scanning reliably; payload-free detection of exfiltration is weaker.",
        Results = "Detection accuracy of 0.93 on synthetic flows, with 4% false positives per protocol.",
        Deviations = "None beyond the suspension.",
        DataDisposal = "All working copies outside the sandbox were deleted on the day the licence ended.",
        DataDisposalConfirmed = true,
    };
}
