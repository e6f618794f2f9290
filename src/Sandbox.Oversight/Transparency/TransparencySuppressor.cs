namespace Sandbox.Oversight.Transparency;

/// <summary>
/// Turns exact figures into publishable ones (docs/transparency.md, "Small counts"):
/// <list type="bullet">
/// <item>a count from 1 to N−1 becomes "fewer than N" (0 stays 0);</item>
/// <item>in a breakdown that adds up to a total that is shown, once a cell is suppressed the smallest other non-zero
/// cells are suppressed too ("not shown"), until at least two cells holding N or more together are hidden, so no hidden
/// cell follows from the total by subtraction;</item>
/// <item>a path's median and 90th percentile are hidden when fewer than N decisions were made on it, and the share within
/// the SLA when either the decisions within it or those outside it are fewer than N (the count within is hidden then too).</item>
/// </list>
/// </summary>
public static class TransparencySuppressor
{
    public static TransparencyReport Apply(TransparencyReport exact, int minimum)
    {
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
        var applications = exact.Applications;
        var decisions = exact.Decisions;
        var activity = exact.Activity;
        var submitted = Count(applications.Submitted, minimum);
        var exports = Count(activity.ExportsSubmitted, minimum);
        var misuse = Count(activity.MisuseReceived, minimum);
        return exact with
        {
            MinimumCount = minimum,
            Applications = new ApplicationFigures(submitted, Cells(applications.ByCategory, minimum, submitted), Cells(applications.ByTier, minimum, submitted), Cells(applications.ByRegion, minimum, submitted)),
            Decisions = new DecisionFigures(
                Count(decisions.Approvals, minimum), Count(decisions.ProvisionalApprovals, minimum), Count(decisions.Refusals, minimum),
                Count(decisions.NoLicenceRequired, minimum), Cells(decisions.RefusalsByReason, minimum, null),
                Count(decisions.Suspensions, minimum), Count(decisions.Revocations, minimum)),
            DecisionTimes = [.. exact.DecisionTimes.Select(t => Timing(t, minimum))],
            Activity = new ActivityFigures(
                Count(activity.ActiveSandboxes, minimum), exports, Cells(activity.ExportsByOutcome, minimum, exports),
                misuse, Cells(activity.MisuseBySeverity, minimum, misuse), Cells(activity.MisuseByResponse, minimum, misuse)),
        };
    }

    public static ReportCount Count(ReportCount exact, int minimum)
    {
        ArgumentNullException.ThrowIfNull(exact);
        return exact.Value is { } value && value > 0 && value < minimum ? ReportCount.Small(minimum) : exact;
    }

    private static ReportBreakdown Cells(ReportBreakdown exact, int minimum, ReportCount? total)
    {
        var cells = exact.Cells.Select(c => c with { Count = Count(c.Count, minimum) }).ToList();
        if (!exact.Additive || total is null || total.Suppressed || !cells.Any(c => c.Count.Suppressed))
        {
            return exact with { Cells = cells };
        }

        var values = exact.Cells.ToDictionary(c => c.Key, c => c.Count.Value ?? 0, StringComparer.Ordinal);
        while (cells.Count(c => c.Count.Suppressed) < 2 || cells.Where(c => c.Count.Suppressed).Sum(c => values[c.Key]) < minimum)
        {
            var next = cells.Where(c => !c.Count.Suppressed && values[c.Key] > 0).OrderBy(c => values[c.Key]).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
            if (next is null)
            {
                break;
            }

            cells[cells.IndexOf(next)] = next with { Count = ReportCount.Complement };
        }

        return exact with { Cells = cells };
    }

    private static PathTiming Timing(PathTiming exact, int minimum)
    {
        var decided = exact.Decided.Value ?? 0;
        var within = exact.WithinSla.Value ?? 0;
        if (decided > 0 && decided < minimum)
        {
            return exact with { Decided = ReportCount.Small(minimum), MedianDays = null, P90Days = null, WithinSla = Count(exact.WithinSla, minimum), WithinSlaShare = null };
        }

        var outside = decided - within;
        if ((within > 0 && within < minimum) || (outside > 0 && outside < minimum))
        {
            return exact with { WithinSla = within < minimum && within > 0 ? ReportCount.Small(minimum) : ReportCount.Complement, WithinSlaShare = null };
        }

        return exact;
    }
}
