using Bunit;
using Sandbox.Oversight.Transparency;
using Sandbox.Web.Components.Transparency;

namespace Sandbox.Web.Tests.Components.Transparency;

public sealed class PeriodPickerTests : ComponentTestContext
{
    private readonly List<PeriodRequest> _picked = [];

    private IRenderedComponent<PeriodPicker> RenderPicker(IReadOnlyDictionary<string, string[]>? problems = null) => Render<PeriodPicker>(p => p
        .Add(c => c.Today, new DateOnly(2026, 12, 1))
        .Add(c => c.Problems, problems ?? new Dictionary<string, string[]>())
        .Add(c => c.OnPick, (PeriodRequest r) => _picked.Add(r)));

    [Fact]
    public void It_starts_on_the_last_quarter_and_picks_it()
    {
        var picker = RenderPicker();

        picker.Find("[data-testid=period-show]").Click();

        Assert.Equal(new PeriodRequest(PeriodKind.Quarter, 2026, 3), Assert.Single(_picked));
        Assert.Equal("2026", picker.Find("[data-testid=period-year]").GetAttribute("value"));
    }

    [Fact]
    public void A_custom_period_reads_its_days_and_a_day_that_is_no_date_is_named_beside_its_field()
    {
        var picker = RenderPicker();
        picker.FindAll("[data-testid=period-kind] input")[2].Click();
        picker.Find("[data-testid=period-from]").Change("2026-01-01");
        picker.Find("[data-testid=period-to]").Change("31/03/2026");

        picker.Find("[data-testid=period-show]").Click();

        Assert.Empty(_picked);
        Assert.Contains("Enter the last day as a date", picker.Find("[data-testid=period-to]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        picker.Find("[data-testid=period-to]").Change("2026-03-31");
        picker.Find("[data-testid=period-show]").Click();
        Assert.Equal(new PeriodRequest(PeriodKind.Custom, From: new DateOnly(2026, 1, 1), To: new DateOnly(2026, 3, 31)), Assert.Single(_picked));
    }

    [Fact]
    public void Problems_found_by_the_rules_show_beside_their_fields()
    {
        var picker = RenderPicker(new Dictionary<string, string[]> { ["year"] = ["2027 has not started yet; choose 2026 or earlier."] });

        Assert.Contains("2027 has not started yet", picker.Find("[data-testid=period-year]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
    }
}
