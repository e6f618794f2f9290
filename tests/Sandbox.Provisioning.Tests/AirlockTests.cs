using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Tests;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Storage.Documents;

namespace Sandbox.Provisioning.Tests;

/// <summary>The airlock: draft, submit, review by a regulator outside the holder, approve or reject with reasons, limited downloads.</summary>
public sealed class AirlockTests : IAsyncLifetime
{
    private const string Purpose = "Evaluate detection accuracy on synthetic records";
    private const string Justification = "Aggregate detection counts for the interim report to the authority.";

    private static readonly ExportReviewer Reviewer = new("rita", "Rita", "authority");

    private SandboxTestBed _bed = null!;
    private SandboxEnvironment _sandbox = null!;

    public async Task InitializeAsync()
    {
        _bed = new SandboxTestBed(await LicensingTestHost.StartAsync());
        _sandbox = (await _bed.SandboxAsync(await _bed.ActiveLicenceAsync()))!;
    }

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    private static GatewayQuery Counts => new()
    {
        Dataset = "flows", Purpose = Purpose, Aggregates = [new GatewayAggregate("count")], GroupBy = ["protocol"],
    };

    private Task<T> AirlockAsync<T>(Func<SandboxAirlock, Task<T>> action) => _bed.InScopeAsync(s => action(s.GetRequiredService<SandboxAirlock>()));

    private async Task<Versioned<ExportRequest>> DraftAsync(GatewayCaller caller)
    {
        var drafted = await AirlockAsync(a => a.DraftAsync(caller, _sandbox.Id, Counts, Justification, CancellationToken.None));
        return drafted.Value ?? throw new InvalidOperationException(drafted.Refusal!.Detail);
    }

    [Fact]
    public async Task An_approved_export_is_downloaded_by_its_requester_a_limited_number_of_times_and_every_step_is_audited()
    {
        var researcher = _bed.Researcher();
        var draft = await DraftAsync(researcher);
        Assert.Equal(ExportStatus.Draft, draft.Value.Status);
        Assert.All(draft.Value.Rows, row => Assert.True(((System.Text.Json.JsonElement)row[1]!).GetInt64() >= 10)); // read back from the store as JSON

        var early = await AirlockAsync(a => a.DownloadAsync(researcher, _sandbox.Id, draft.Value.Id, CancellationToken.None));
        Assert.Equal((409, "airlock"), (early.Refusal!.Status, early.Refusal.Condition));

        var submitted = (await AirlockAsync(a => a.SubmitAsync(researcher, _sandbox.Id, draft.Value.Id, draft.ETag, CancellationToken.None))).Value!;
        var inReview = (await AirlockAsync(a => a.StartReviewAsync(Reviewer, _sandbox.Id, submitted.Value.Id, submitted.ETag, CancellationToken.None))).Value!;
        var approved = (await AirlockAsync(a => a.DecideAsync(Reviewer, _sandbox.Id, inReview.Value.Id, approve: true, "Aggregates above the cell size.", inReview.ETag, CancellationToken.None))).Value!;
        Assert.Equal((ExportStatus.Approved, 3, "rita"), (approved.Value.Status, approved.Value.DownloadsLeft, approved.Value.Reviewer));

        for (var i = 0; i < 3; i++)
        {
            var downloaded = await AirlockAsync(a => a.DownloadAsync(researcher, _sandbox.Id, approved.Value.Id, CancellationToken.None));
            Assert.Equal(draft.Value.Rows.Count, downloaded.Value!.Rows.Count);
        }

        var spent = await AirlockAsync(a => a.DownloadAsync(researcher, _sandbox.Id, approved.Value.Id, CancellationToken.None));
        Assert.Equal(409, spent.Refusal!.Status);
        var someoneElse = await AirlockAsync(a => a.DownloadAsync(SandboxTestBed.Service(_sandbox), _sandbox.Id, approved.Value.Id, CancellationToken.None));
        Assert.Equal(404, someoneElse.Refusal!.Status);

        Assert.Equal([ExportStatus.Draft, ExportStatus.Submitted, ExportStatus.InReview, ExportStatus.Approved], approved.Value.History.Select(h => h.Status));
        var steps = (await _bed.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(_bed.Host.Time.GetUtcNow().UtcDateTime), SandboxAuditEvents.Export))
            .Select(e => (e.Details["step"], e.Outcome)).ToList();
        Assert.Equal(
            [("draft", AuditOutcome.Succeeded), ("download", AuditOutcome.Refused), ("submitted", AuditOutcome.Succeeded), ("inreview", AuditOutcome.Succeeded),
             ("approved", AuditOutcome.Succeeded), ("download", AuditOutcome.Succeeded), ("download", AuditOutcome.Succeeded), ("download", AuditOutcome.Succeeded),
             ("download", AuditOutcome.Refused)],
            steps);
    }

    [Fact]
    public async Task Reviewers_from_the_holder_or_the_requester_cannot_decide_and_a_rejection_needs_reasons()
    {
        var draft = await DraftAsync(_bed.Researcher());
        var submitted = (await AirlockAsync(a => a.SubmitAsync(_bed.Researcher(), _sandbox.Id, draft.Value.Id, draft.ETag, CancellationToken.None))).Value!;

        var holder = await AirlockAsync(a => a.StartReviewAsync(new ExportReviewer("ivan", "Ivan", _bed.Host.ApplicantOrganizationId), _sandbox.Id, submitted.Value.Id, submitted.ETag, CancellationToken.None));
        var requester = await AirlockAsync(a => a.StartReviewAsync(new ExportReviewer(_bed.Host.Applicant.UserId, "Ines", "authority"), _sandbox.Id, submitted.Value.Id, submitted.ETag, CancellationToken.None));
        Assert.Equal(("separationOfDuties", "separationOfDuties"), (holder.Refusal!.Condition, requester.Refusal!.Condition));

        var inReview = (await AirlockAsync(a => a.StartReviewAsync(Reviewer, _sandbox.Id, submitted.Value.Id, submitted.ETag, CancellationToken.None))).Value!;
        var stale = await AirlockAsync(a => a.DecideAsync(Reviewer, _sandbox.Id, inReview.Value.Id, approve: false, "Too detailed.", submitted.ETag, CancellationToken.None));
        Assert.Equal(412, stale.Refusal!.Status);
        var bare = await AirlockAsync(a => a.DecideAsync(Reviewer, _sandbox.Id, inReview.Value.Id, approve: false, " ", inReview.ETag, CancellationToken.None));
        Assert.Equal(400, bare.Refusal!.Status);
        var rejected = (await AirlockAsync(a => a.DecideAsync(Reviewer, _sandbox.Id, inReview.Value.Id, approve: false, "Too detailed for release.", inReview.ETag, CancellationToken.None))).Value!;
        Assert.Equal((ExportStatus.Rejected, "Too detailed for release.", 0), (rejected.Value.Status, rejected.Value.Decision, rejected.Value.DownloadsLeft));
        var download = await AirlockAsync(a => a.DownloadAsync(_bed.Researcher(), _sandbox.Id, rejected.Value.Id, CancellationToken.None));
        Assert.Equal(409, download.Refusal!.Status);
    }

    [Fact]
    public async Task The_requester_can_cancel_until_a_decision_and_exports_are_rechecked_against_the_conditions()
    {
        var draft = await DraftAsync(_bed.Researcher());
        var cancelled = (await AirlockAsync(a => a.CancelAsync(_bed.Researcher(), _sandbox.Id, draft.Value.Id, draft.ETag, CancellationToken.None))).Value!;
        Assert.Equal(ExportStatus.Cancelled, cancelled.Value.Status);
        var again = await AirlockAsync(a => a.SubmitAsync(_bed.Researcher(), _sandbox.Id, cancelled.Value.Id, cancelled.ETag, CancellationToken.None));
        Assert.Equal(409, again.Refusal!.Status);

        var identifiers = await AirlockAsync(a => a.DraftAsync(_bed.Researcher(), _sandbox.Id, Counts with { GroupBy = ["user_account"] }, Justification, CancellationToken.None));
        Assert.Equal((403, "noRawIdentifiers"), (identifiers.Refusal!.Status, identifiers.Refusal.Condition));
        var unjustified = await AirlockAsync(a => a.DraftAsync(_bed.Researcher(), _sandbox.Id, Counts, "because", CancellationToken.None));
        Assert.Equal((400, "justification"), (unjustified.Refusal!.Status, unjustified.Refusal.Condition));
    }

    [Fact]
    public async Task Row_level_results_cannot_be_exported_when_the_licence_sets_a_minimum_cell_size()
    {
        await _bed.Host.DisposeAsync();
        _bed = new SandboxTestBed(await LicensingTestHost.StartAsync());
        var rowLevel = Pilots.Conditions with { AggregateOnly = false, NoRawIdentifiers = true, MinimumCellSize = 10 };
        _sandbox = (await _bed.SandboxAsync(await _bed.ActiveLicenceAsync(rowLevel)))!;
        var rows = new GatewayQuery { Dataset = "flows", Purpose = Purpose, Select = ["protocol", "bytes"], Limit = 20 };

        var query = await _bed.InScopeAsync(s => s.GetRequiredService<SandboxGateway>().QueryAsync(_bed.Researcher(), _sandbox.Id, rows, CancellationToken.None));
        var export = await AirlockAsync(a => a.DraftAsync(_bed.Researcher(), _sandbox.Id, rows, Justification, CancellationToken.None));

        Assert.Equal(20, query.Value!.Rows.Count);
        Assert.Equal((403, "minimumCellSize"), (export.Refusal!.Status, export.Refusal.Condition));
    }
}
