using System.Text.RegularExpressions;
using Bunit;
using Sandbox.Oversight.Transparency;
using Sandbox.Web.Components.Transparency;

namespace Sandbox.Web.Tests.Components.Transparency;

public sealed class ReportViewTests : ComponentTestContext
{
    private IRenderedComponent<ReportView> RenderReport(TransparencyReport report) => Render<ReportView>(p => p.Add(c => c.Report, report));

    [Fact]
    public void The_exact_preview_says_it_is_exact_and_shows_every_figure()
    {
        var view = RenderReport(SampleReports.Exact());

        Assert.NotNull(view.Find("[data-testid=report-exact]"));
        Assert.Equal(("Q3 2026", "40", "9", "17"), (view.Find("[data-testid=report-period]").TextContent, view.Find("[data-testid=applications-submitted]").TextContent,
            view.Find("[data-testid=refusals]").TextContent, view.Find("[data-testid=active-sandboxes]").TextContent));
        var standard = view.Find("[data-testid=time-standard]").Children.Select(c => c.TextContent).ToList();
        Assert.Equal(["Standard review", "30", "12.5 days", "28 days", "the review days of the case's risk tier", "27", "90 %"], standard);
        // Long lists leave out empty lines; tiers keep theirs.
        Assert.Empty(view.FindAll("[data-testid=chart-by-category] g[data-key=SBX-GEO-TRACK]"));
        Assert.Equal(4, view.FindAll("[data-testid=chart-by-tier] g[data-testid=bar]").Count);
    }

    [Fact]
    public void The_published_view_explains_the_suppression_and_shows_dashes_for_hidden_times()
    {
        var view = RenderReport(TransparencySuppressor.Apply(SampleReports.Exact(), 5));

        Assert.Contains("Counts from 1 to 4 are shown as “fewer than 5”", Regex.Replace(view.Find("[data-testid=report-suppression]").TextContent, @"\s+", " "), StringComparison.Ordinal);
        Assert.Empty(view.FindAll("[data-testid=report-exact]"));
        var humanitarian = view.Find("[data-testid=time-humanitarian]").Children.Select(c => c.TextContent).ToList();
        Assert.Equal(["Expedited humanitarian", "fewer than 5", "—", "—", "72 hours", "fewer than 5", "—"], humanitarian);
        var standard = view.Find("[data-testid=time-standard]").Children.Select(c => c.TextContent).ToList();
        Assert.Equal(["30", "12.5 days", "not shown", "—"], new[] { standard[1], standard[2], standard[5], standard[6] });
    }

    [Fact]
    public void A_period_not_yet_over_is_marked_partial()
    {
        var view = RenderReport(SampleReports.Exact(complete: false));

        Assert.Contains("has not ended", view.Find("[data-testid=report-partial]").TextContent, StringComparison.Ordinal);
    }
}
