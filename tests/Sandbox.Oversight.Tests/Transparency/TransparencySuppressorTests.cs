using Sandbox.Oversight.Transparency;
using Xunit;

namespace Sandbox.Oversight.Tests.Transparency;

public sealed class TransparencySuppressorTests
{
    private static ReportBreakdown Breakdown(bool additive, params (string Key, int Count)[] cells) =>
        new(additive, [.. cells.Select(c => new ReportCell(c.Key, c.Key, ReportCount.Exact(c.Count)))]);

    private static TransparencyReport Report(int exports, ReportBreakdown outcomes, PathTiming? timing = null)
    {
        var none = Breakdown(false);
        var zero = ReportCount.Exact(0);
        return new TransparencyReport(
            TransparencyReport.SchemaId,
            new ReportPeriodView("2026", PeriodKind.Year, "2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), DateTimeOffset.UnixEpoch, true),
            DateTimeOffset.UnixEpoch, 1,
            new ApplicationFigures(zero, none, none, none),
            new DecisionFigures(zero, zero, zero, zero, none, ReportCount.Exact(1), ReportCount.Exact(5)),
            timing is null ? [] : [timing],
            new ActivityFigures(zero, ReportCount.Exact(exports), outcomes, zero, none, none));
    }

    private static PathTiming Timing(int decided, int within) =>
        new("standard", "standard-pilot-licence", "Standard", "review", "10 days", ReportCount.Exact(decided), 3, 9, ReportCount.Exact(within), (double)within / decided);

    private static IEnumerable<string> Shown(ReportBreakdown breakdown) => breakdown.Cells.Select(c => c.Count.Display);

    [Fact]
    public void Counts_from_one_to_n_less_one_are_fewer_than_n_and_zero_and_n_stay()
    {
        Assert.Equal(["0", "fewer than 5", "fewer than 5", "5"], new[] { 0, 1, 4, 5 }.Select(n => TransparencySuppressor.Count(ReportCount.Exact(n), 5).Display));
        Assert.Null(TransparencySuppressor.Count(ReportCount.Exact(4), 5).Value);
        var shown = TransparencySuppressor.Apply(Report(0, Breakdown(true)), 5);
        Assert.Equal(("fewer than 5", "5"), (shown.Decisions.Suspensions.Display, shown.Decisions.Revocations.Display));
    }

    [Fact]
    public void One_small_cell_beside_a_shown_total_takes_the_smallest_other_cell_with_it()
    {
        var shown = TransparencySuppressor.Apply(Report(30, Breakdown(true, ("approved", 20), ("rejected", 2), ("cancelled", 0), ("pending", 8))), 5);

        Assert.Equal(["20", "fewer than 5", "0", "not shown"], Shown(shown.Activity.ExportsByOutcome));
        Assert.Equal(Suppression.Complementary, shown.Activity.ExportsByOutcome.Cells[3].Count.Suppression);
        Assert.Equal("30", shown.Activity.ExportsSubmitted.Display);
    }

    [Fact]
    public void Two_small_cells_that_together_are_still_small_take_a_third()
    {
        var shown = TransparencySuppressor.Apply(Report(26, Breakdown(true, ("approved", 1), ("rejected", 1), ("cancelled", 6), ("pending", 18))), 5);

        Assert.Equal(["fewer than 5", "fewer than 5", "not shown", "18"], Shown(shown.Activity.ExportsByOutcome));
    }

    [Fact]
    public void Cells_that_need_not_add_up_and_cells_under_a_suppressed_total_only_lose_their_small_counts()
    {
        var underSmallTotal = TransparencySuppressor.Apply(Report(3, Breakdown(true, ("approved", 3), ("rejected", 0))), 5);
        var overlapping = TransparencySuppressor.Apply(Report(30, Breakdown(false, ("approved", 2), ("rejected", 28))), 5);

        Assert.Equal(["fewer than 5", "0"], Shown(underSmallTotal.Activity.ExportsByOutcome));
        Assert.Equal("fewer than 5", underSmallTotal.Activity.ExportsSubmitted.Display);
        Assert.Equal(["fewer than 5", "28"], Shown(overlapping.Activity.ExportsByOutcome));
    }

    [Theory]
    [InlineData(4, 4, "fewer than 5", "fewer than 5", false)]
    [InlineData(10, 8, "10", "not shown", false)]
    [InlineData(10, 3, "10", "fewer than 5", false)]
    [InlineData(10, 5, "10", "5", true)]
    [InlineData(10, 10, "10", "10", true)]
    public void Decision_times_need_n_decisions_and_the_share_within_the_sla_needs_n_on_both_sides(int decided, int within, string decidedShown, string withinShown, bool shareShown)
    {
        var shown = TransparencySuppressor.Apply(Report(0, Breakdown(true), Timing(decided, within)), 5).DecisionTimes.Single();

        Assert.Equal((decidedShown, withinShown, shareShown), (shown.Decided.Display, shown.WithinSla.Display, shown.WithinSlaShare is not null));
        Assert.Equal(decided >= 5, shown.MedianDays is not null && shown.P90Days is not null);
    }
}
