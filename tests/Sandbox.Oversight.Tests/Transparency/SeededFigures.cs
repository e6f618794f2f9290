using Sandbox.Oversight.Transparency;
using Xunit;

namespace Sandbox.Oversight.Tests.Transparency;

/// <summary>
/// The figures of <see cref="TransparencyDataSet"/> for 2026-Q4, worked out by hand from its timeline
/// (every case submitted on 1 December at 09:00):
/// standard decisions after 2 (S1), 3 (S4, countersigned), 4 (S2) and 12 days (S3, past its 10-day clock): median 3.5, p90 the 4th of 4 = 12, 3 of 4 within;
/// humanitarian after 1 and 4 days (past 72 hours): median 2.5, p90 4, 1 of 2 within;
/// partner after 1, 3 and 6 days (the referral, past its 5-day clock): median 3, p90 6, 2 of 3 within.
/// </summary>
internal static class SeededFigures
{
    public static void AssertExact(TransparencyReport report)
    {
        Assert.Equal(("2026-Q4", true, 1), (report.Period.Id, report.Period.Complete, report.MinimumCount));
        var applications = report.Applications;
        Assert.Equal(10, applications.Submitted.Value);
        Assert.Equal([("1", 7), ("2", 3), ("3", 0), ("4", 0)], Cells(applications.ByTier));
        Assert.Equal(7, applications.ByCategory.ValueOf("SBX-RESEARCH-TOOLS"));
        Assert.Equal(1, applications.ByCategory.ValueOf("SBX-BEHAV-VIDEO"));
        Assert.Equal(2, applications.ByCategory.ValueOf("SBX-AERIAL-IMAGING"));
        Assert.Equal(10, applications.ByCategory.Cells.Sum(c => c.Count.Value));
        Assert.Equal(8, applications.ByRegion.ValueOf(DestinationRegions.EuropeanUnion));
        Assert.Equal(2, applications.ByRegion.ValueOf(DestinationRegions.SubSaharanAfrica));
        Assert.Equal(10, applications.ByRegion.Cells.Sum(c => c.Count.Value));

        var decisions = report.Decisions;
        Assert.Equal((4, 2, 2, 0), (decisions.Approvals.Value, decisions.ProvisionalApprovals.Value, decisions.Refusals.Value, decisions.NoLicenceRequired.Value));
        Assert.Equal(2, decisions.RefusalsByReason.ValueOf("SBX-VULNERABLE-GROUPS"));
        Assert.Equal(1, decisions.RefusalsByReason.ValueOf("SBX-INCOMPLETE-INFORMATION"));
        Assert.Equal(3, decisions.RefusalsByReason.Cells.Sum(c => c.Count.Value));
        Assert.Equal((1, 1), (decisions.Suspensions.Value, decisions.Revocations.Value));

        Assert.Equal(
            [("standard", 4, 3.5, 12.0, 3, 0.75), ("humanitarian", 2, 2.5, 4.0, 1, 0.5), ("partner", 3, 3.0, 6.0, 2, 0.667)],
            report.DecisionTimes.Select(t => (t.Path, t.Decided.Value ?? -1, t.MedianDays ?? -1, t.P90Days ?? -1, t.WithinSla.Value ?? -1, t.WithinSlaShare ?? -1)));
        Assert.Equal("72 hours", report.DecisionTimes[1].SlaBudget);

        var activity = report.Activity;
        Assert.Equal(6, activity.ActiveSandboxes.Value);
        Assert.Equal(3, activity.ExportsSubmitted.Value);
        Assert.Equal([("approved", 1), ("rejected", 1), ("cancelled", 0), ("pending", 1)], Cells(activity.ExportsByOutcome));
        Assert.Equal(4, activity.MisuseReceived.Value);
        Assert.Equal([("low", 1), ("medium", 0), ("high", 1), ("critical", 1), ("untriaged", 1)], Cells(activity.MisuseBySeverity));
        Assert.Equal(
            [("dismissed", 1), ("no-action", 0), ("warning", 0), ("added-conditions", 0), ("suspension", 1), ("revocation", 1), ("open", 1)],
            Cells(activity.MisuseByResponse));
    }

    public static IEnumerable<(string, int)> Cells(ReportBreakdown breakdown) => breakdown.Cells.Select(c => (c.Key, c.Count.Value ?? -1));
}
