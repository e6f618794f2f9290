using Sandbox.Applications.Intake;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Notifications;
using Sandbox.Licensing.Tests;
using Sandbox.Oversight.ExitReports;
using Sandbox.Storage.Documents;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Oversight.Tests.ExitReports;

/// <summary>An ended pilot's exit report is assembled from its records, once, and only once the licence has ended.</summary>
public sealed class ExitReportAssemblyTests : IAsyncLifetime
{
    private ExitReportTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await ExitReportTestBed.StartAsync();

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    [Fact]
    public async Task The_end_of_the_licence_assembles_the_draft_from_the_plan_conditions_refusals_exports_incidents_and_outcome()
    {
        var licence = await _bed.EndedPilotAsync();

        var report = await _bed.Reports.GetAsync(_bed.Host.Applicant, licence.Id);

        var assembled = Assert.Single(report.Value.History);
        Assert.Equal(("assembled", ExitReportService.SystemActor, licence.StatusChanges[^1].At), (assembled.Step, assembled.ActorId, assembled.At));
        Assert.Contains(await _bed.Host.Get<HolderNotifications>().ForAsync(_bed.Host.ApplicantOrganizationId),
            n => n.Subject == "Exit report to complete" && n.LicenceId == licence.Id && n.Message.Contains(licence.Reference, StringComparison.Ordinal));
        var facts = report.Value.Facts;
        Assert.Equal((licence.Id, licence.Reference, ExitReportStatus.Draft), (report.Value.Id, report.Value.LicenceReference, report.Value.Status));
        Assert.Equal(Pilots.Tier1.Plan!.Objectives, facts.Objectives);
        Assert.Equal(Pilots.Tier1.Plan.Methodology, facts.Methodology);
        Assert.Equal(Pilots.Tier1.TechnologyItems.Select(t => t.Name), facts.Tested.Select(t => t.Split(':')[0]));
        Assert.Equal(licence.Conditions, facts.Conditions);
        Assert.Equal(
            [new ConditionCount("aggregateOnly", 1), new ConditionCount("declaredPurposes", 2), new ConditionCount("licence", 1)],
            facts.Activity.Refusals);
        Assert.Equal((7, 3), (facts.Activity.Requests, facts.Activity.QueriesAnswered));
        Assert.Equal(new ExportFigures(Requested: 2, Submitted: 2, Approved: 1, Rejected: 1, Cancelled: 0, Pending: 0, Downloads: 1), facts.Activity.Exports);
        var incident = Assert.Single(facts.Incidents);
        Assert.Equal(("High", "Suspension", "Closed"), (incident.Severity, incident.Response, incident.Status));
        var suspension = Assert.Single(facts.Suspensions);
        Assert.Equal(nameof(LicenceStatus.Suspended), suspension.Status);
        Assert.Equal(["Issued", "Active", "Suspended", "Revoked"], facts.StatusChanges.Select(c => c.Status));
        Assert.Equal((nameof(LicenceStatus.Revoked), ExitReportTestBed.RevocationReason), (facts.Outcome, facts.OutcomeReason));
        Assert.Equal(licence.StatusChanges[^1].At, facts.EndedAt);
        Assert.Equal("research institution in NL", report.Value.HolderGeneralized);
    }

    [Fact]
    public async Task Assembling_again_returns_the_same_report_and_audits_once()
    {
        var licence = await _bed.EndedPilotAsync();

        var (first, _) = await _bed.Reports.AssembleAsync(Regulator, licence.Id);
        var (second, createdAgain) = await _bed.Reports.AssembleAsync(_bed.Host.Applicant, licence.Id);

        Assert.False(createdAgain);
        Assert.Equal(first.ETag, second.ETag);
        var steps = (await _bed.Host.Get<AuditLog>().ReadDayAsync(AuditChains.DayOf(_bed.Host.Time.GetUtcNow()), ExitReportAuditEvents.ExitReport))
            .Where(e => e.Subject == licence.Id).ToList();
        Assert.Equal("assembled", Assert.Single(steps).Details["step"]);
    }

    [Fact]
    public async Task A_licence_that_ended_on_an_earlier_lifecycle_gets_its_report_on_demand_from_the_same_records()
    {
        var licence = await _bed.EndedPilotAsync();
        var reports = _bed.Host.Get<DocumentSet<ExitReport>>();
        var atTheEnd = (await reports.ReadAsync(licence.Id, licence.Id))!;
        // Lifecycle v2 did not assemble the report; without it the holder asks for it.
        await reports.DeleteAsync(licence.Id, licence.Id, atTheEnd.ETag);

        var (report, created) = await _bed.Reports.AssembleAsync(_bed.Host.Applicant, licence.Id);

        Assert.True(created);
        Assert.Equal(("assembled", _bed.Host.Applicant.UserId), (report.Value.History[0].Step, report.Value.History[0].ActorId));
        var (then, now) = (atTheEnd.Value.Facts, report.Value.Facts);
        Assert.Equal((then.Outcome, then.EndedAt, then.Objectives, then.Conditions), (now.Outcome, now.EndedAt, now.Objectives, now.Conditions));
        Assert.Equal(then.Incidents.Select(i => i.Severity), now.Incidents.Select(i => i.Severity));
        // Assembled later, it also counts the request refused after the revocation.
        Assert.Equal(
            [new ConditionCount("aggregateOnly", 1), new ConditionCount("declaredPurposes", 2), new ConditionCount("licence", 2)],
            report.Value.Facts.Activity.Refusals);
    }

    [Fact]
    public async Task A_licence_still_in_force_has_no_exit_report_yet_and_an_outsider_cannot_see_one()
    {
        var licence = await _bed.Sandboxes.ActiveLicenceAsync();

        await Assert.ThrowsAsync<CaseStateException>(() => _bed.Reports.AssembleAsync(_bed.Host.Applicant, licence.Id));
        await Assert.ThrowsAsync<ExitReportNotFoundException>(() => _bed.Reports.AssembleAsync(Tests.Misuse.MisuseTestBed.Watchdog, licence.Id));
        await Assert.ThrowsAsync<ExitReportNotFoundException>(() => _bed.Reports.GetAsync(_bed.Host.Applicant, licence.Id));
    }
}
