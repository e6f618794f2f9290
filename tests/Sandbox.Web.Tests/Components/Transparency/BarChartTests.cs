using Bunit;
using Sandbox.Oversight.Transparency;
using Sandbox.Web.Components.Transparency;

namespace Sandbox.Web.Tests.Components.Transparency;

public sealed class BarChartTests : ComponentTestContext
{
    private IRenderedComponent<BarChart> RenderChart(IReadOnlyList<ReportCell> cells) =>
        Render<BarChart>(p => p.Add(c => c.Id, "tiers").Add(c => c.Title, "By risk tier").Add(c => c.Cells, cells));

    [Fact]
    public void Bars_are_as_long_as_their_counts_and_the_chart_is_one_described_image_with_a_table_beside_it()
    {
        var chart = RenderChart(SampleReports.Breakdown(true, ("1", "Tier 1", 20), ("2", "Tier 2", 10), ("3", "Tier 3", 0)).Cells);

        var svg = chart.Find("svg");
        Assert.Equal(("img", "tiers-title tiers-desc"), (svg.GetAttribute("role"), svg.GetAttribute("aria-labelledby")));
        Assert.Equal("Tier 1: 20; Tier 2: 10; Tier 3: 0.", chart.Find("desc#tiers-desc").TextContent);
        Assert.Equal("By risk tier", chart.Find("#tiers-title").TextContent);
        var widths = chart.FindAll("rect.bar").Select(r => int.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([280, 140, 0], widths);
        Assert.Equal(["Tier 1 20", "Tier 2 10", "Tier 3 0"], chart.FindAll("tr[data-testid=row]").Select(r => string.Join(' ', r.Children.Select(c => c.TextContent))));
    }

    [Fact]
    public void A_suppressed_line_is_an_outlined_bar_with_its_text_and_gives_no_number_away()
    {
        // Tiers 20, 15, 3 and 2 of 40: the two small ones hide each other (together 5), so no third line is needed.
        var cells = TransparencySuppressor.Apply(SampleReports.Exact(), 5).Applications.ByTier.Cells;

        var chart = RenderChart(cells);

        var suppressed = chart.FindAll("g[data-suppressed=true]");
        Assert.Equal(["fewer than 5", "fewer than 5"], suppressed.Select(g => g.QuerySelector("text")!.TextContent));
        Assert.Equal(2, chart.FindAll("rect.bar-suppressed").Count);
        Assert.DoesNotContain(">3<", chart.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(">2<", chart.Markup, StringComparison.Ordinal);
        Assert.Contains("Tier 3: fewer than 5", chart.Find("desc").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_with_nothing_to_draw_says_so()
    {
        var chart = Render<BarChart>(p => p.Add(c => c.Id, "reasons").Add(c => c.Title, "Refusals by reason").Add(c => c.Cells, []).Add(c => c.EmptyText, "No refusals in this period."));

        Assert.Empty(chart.FindAll("svg"));
        Assert.Equal("No refusals in this period.", chart.Find("[data-testid=chart-reasons-empty]").TextContent);
    }
}
