using Sandbox.Oversight.Transparency;

namespace Sandbox.Web.Tests.Components.Transparency;

/// <summary>A quarter's exact figures, small enough to read at a glance, for rendering.</summary>
internal static class SampleReports
{
    public static ReportBreakdown Breakdown(bool additive, params (string Key, string Label, int Count)[] cells) =>
        new(additive, [.. cells.Select(c => new ReportCell(c.Key, c.Label, ReportCount.Exact(c.Count)))]);

    public static TransparencyReport Exact(bool complete = true) => new(
        TransparencyReport.SchemaId,
        new ReportPeriodView("2026-Q3", PeriodKind.Quarter, "Q3 2026", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30),
            new DateTimeOffset(2026, complete ? 10 : 9, 1, 0, 0, 0, TimeSpan.Zero), complete),
        new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero),
        1,
        new ApplicationFigures(
            ReportCount.Exact(40),
            Breakdown(false, ("SBX-BIO-ID", "Facial recognition and biometric identification systems", 12), ("SBX-GEO-TRACK", "Location tracking", 0), ("SBX-INT-SW", "Intrusion software tooling", 3)),
            Breakdown(true, ("1", "Tier 1", 20), ("2", "Tier 2", 15), ("3", "Tier 3", 3), ("4", "Tier 4", 2)),
            Breakdown(false, ("eu", "European Union", 30), ("sub-saharan-africa", "Sub-Saharan Africa", 10))),
        new DecisionFigures(ReportCount.Exact(25), ReportCount.Exact(4), ReportCount.Exact(9), ReportCount.Exact(0),
            Breakdown(false, ("SBX-VULNERABLE-GROUPS", "Risk to vulnerable groups", 6), ("SBX-DENIED-PARTY", "Denied party", 3)),
            ReportCount.Exact(2), ReportCount.Exact(1)),
        [
            new PathTiming("standard", "standard-pilot-licence", "Standard review", "review", "the review days of the case's risk tier",
                ReportCount.Exact(30), 12.5, 28, ReportCount.Exact(27), 0.9),
            new PathTiming("humanitarian", "expedited-humanitarian-pilot", "Expedited humanitarian", "decision", "72 hours",
                ReportCount.Exact(4), 1.5, 3, ReportCount.Exact(3), 0.75),
        ],
        new ActivityFigures(ReportCount.Exact(17), ReportCount.Exact(12),
            Breakdown(true, ("approved", "Approved", 9), ("rejected", "Rejected", 2), ("cancelled", "Withdrawn by the requester", 0), ("pending", "Awaiting review", 1)),
            ReportCount.Exact(6),
            Breakdown(true, ("low", "Low", 6), ("high", "High", 0)),
            Breakdown(true, ("warning", "Warning", 6), ("open", "Still open", 0))));
}
