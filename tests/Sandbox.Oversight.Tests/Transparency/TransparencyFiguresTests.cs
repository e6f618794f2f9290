using Microsoft.Extensions.DependencyInjection;
using Sandbox.Oversight.Transparency;
using Xunit;

namespace Sandbox.Oversight.Tests.Transparency;

/// <summary>The figures of a seeded quarter on the embedded store, exact and as published.</summary>
public sealed class TransparencyFiguresTests : IAsyncLifetime
{
    private TransparencyDataSet _data = null!;

    public async Task InitializeAsync()
    {
        _data = await TransparencyDataSet.StartAsync();
        await _data.SeedAsync();
    }

    public async Task DisposeAsync() => await _data.Host.DisposeAsync();

    private TransparencyReports Reports => _data.Host.Services.GetRequiredService<TransparencyReports>();

    private ReportPeriod Quarter4() => Reports.Period(new PeriodRequest(PeriodKind.Quarter, 2026, 4), out _)!;

    [Fact]
    public async Task The_preview_of_the_quarter_gives_every_hand_computed_figure()
    {
        SeededFigures.AssertExact(await Reports.PreviewAsync(Quarter4()));
    }

    [Fact]
    public async Task The_public_view_hides_small_counts_and_the_tier_that_would_give_one_away()
    {
        var shown = Reports.PublicView(await Reports.PreviewAsync(Quarter4()));

        Assert.Equal(5, shown.MinimumCount);
        Assert.Equal("10", shown.Applications.Submitted.Display);
        Assert.Equal(
            [("1", "not shown"), ("2", "fewer than 5"), ("3", "0"), ("4", "0")],
            shown.Applications.ByTier.Cells.Select(c => (c.Key, c.Count.Display)));
        Assert.All(shown.Applications.ByTier.Cells.Where(c => c.Count.Suppressed), c => Assert.Null(c.Count.Value));
        Assert.Equal("fewer than 5", shown.Decisions.Approvals.Display);
        Assert.Equal("6", shown.Activity.ActiveSandboxes.Display);
        Assert.All(shown.DecisionTimes, t => Assert.Equal((null, null, null), (t.MedianDays, t.P90Days, t.WithinSlaShare)));
        Assert.Equal((Suppression.SmallCount, null), (shown.Activity.ExportsSubmitted.Suppression, shown.Activity.ExportsSubmitted.Value));
    }

    [Fact]
    public async Task A_december_period_ends_before_the_january_events_and_a_custom_one_through_today_is_partial()
    {
        var december = Reports.Period(new PeriodRequest(PeriodKind.Custom, From: new DateOnly(2026, 12, 1), To: new DateOnly(2026, 12, 16)), out _)!;
        var through = Reports.Period(new PeriodRequest(PeriodKind.Custom, From: new DateOnly(2026, 12, 17), To: new DateOnly(2027, 1, 6)), out _)!;

        var first = await Reports.PreviewAsync(december);
        var second = await Reports.PreviewAsync(through);

        Assert.Equal((10, 0, 0), (first.Applications.Submitted.Value, first.Decisions.Suspensions.Value, first.Decisions.Revocations.Value));
        Assert.Equal((1, 2, 1), (second.Applications.Submitted.Value, second.Decisions.Suspensions.Value, second.Decisions.Revocations.Value));
        Assert.False(second.Period.Complete);
        Assert.Equal(2, second.Activity.MisuseReceived.Value);
    }
}
