using Sandbox.Oversight.Transparency;
using Xunit;

namespace Sandbox.Oversight.Tests.Transparency;

public sealed class PeriodRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static (ReportPeriod? Period, IReadOnlyDictionary<string, string[]> Problems) Check(PeriodRequest request) =>
        (PeriodRules.Validate(request, Now, out var problems), problems);

    [Theory]
    [InlineData("2025", "2025", "2025-01-01", "2025-12-31", true)]
    [InlineData("2026-Q3", "2026-Q3", "2026-07-01", "2026-09-30", true)]
    [InlineData("2026-Q4", "2026-Q4", "2026-10-01", "2026-12-31", false)]
    [InlineData("2026-01-01..2026-03-30", "2026-01-01_2026-03-30", "2026-01-01", "2026-03-30", true)]
    [InlineData("2026-11-01_2026-12-01", "2026-11-01_2026-12-01", "2026-11-01", "2026-12-01", false)]
    public void The_text_forms_name_their_days_and_a_period_not_yet_over_is_counted_up_to_now(string text, string id, string first, string last, bool complete)
    {
        Assert.True(PeriodRules.TryParse(text, out var request));
        var (period, problems) = Check(request!);

        Assert.Empty(problems);
        Assert.Equal((id, DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), complete),
            (period!.Id, period.FirstDay, period.LastDay, period.Complete));
        Assert.Equal(complete ? period.End : Now, period.Through);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-Q5")]
    [InlineData("26")]
    [InlineData("2026-02-30..2026-03-01")]
    [InlineData("2026-01-01...2026-02-01")]
    public void Text_that_is_no_period_is_not_parsed(string text) => Assert.False(PeriodRules.TryParse(text, out _));

    [Theory]
    [InlineData("2025-01-01..2025-12-31", "2025")]
    [InlineData("2026-04-01..2026-06-30", "2026-Q2")]
    public void A_custom_period_that_is_a_year_or_a_quarter_is_refused_so_its_days_are_published_once(string text, string named)
    {
        Assert.True(PeriodRules.TryParse(text, out var request));
        var (period, problems) = Check(request!);

        Assert.Null(period);
        Assert.Contains(named, Assert.Single(problems["period"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_problem_is_named_by_its_field()
    {
        Assert.Equal("year", Assert.Single(Check(new PeriodRequest(PeriodKind.Year, 2027)).Problems).Key);
        Assert.Equal("year", Assert.Single(Check(new PeriodRequest(PeriodKind.Year, 1999)).Problems).Key);
        Assert.Equal("quarter", Assert.Single(Check(new PeriodRequest(PeriodKind.Quarter, 2026, 5)).Problems).Key);
        Assert.Contains("has not started", Check(new PeriodRequest(PeriodKind.Quarter, 2027, 1)).Problems["year"][0], StringComparison.Ordinal);
        var missing = Check(new PeriodRequest(PeriodKind.Custom)).Problems;
        Assert.Equal(["from", "to"], missing.Keys.Order());
        var future = Check(new PeriodRequest(PeriodKind.Custom, From: new DateOnly(2026, 11, 1), To: new DateOnly(2026, 12, 2))).Problems;
        Assert.Equal("The last day cannot be after today (2026-12-01).", future["to"].Single());
        var backwards = Check(new PeriodRequest(PeriodKind.Custom, From: new DateOnly(2026, 3, 2), To: new DateOnly(2026, 3, 1))).Problems;
        Assert.Equal("The last day must be on or after the first day.", backwards["to"].Single());
        var tooLong = Check(new PeriodRequest(PeriodKind.Custom, From: new DateOnly(2021, 1, 1), To: new DateOnly(2026, 1, 1))).Problems;
        Assert.Equal("A period spans at most 5 years.", tooLong["to"].Single());
    }

    [Fact]
    public void Five_years_to_the_day_and_a_single_day_are_periods()
    {
        Assert.Empty(Check(new PeriodRequest(PeriodKind.Custom, From: new DateOnly(2021, 1, 1), To: new DateOnly(2025, 12, 31))).Problems);
        var day = Check(new PeriodRequest(PeriodKind.Custom, From: new DateOnly(2026, 3, 1), To: new DateOnly(2026, 3, 1))).Period!;
        Assert.Equal(TimeSpan.FromDays(1), day.End - day.From);
    }

    [Theory]
    [InlineData("2026", "2026-01-01", "2026-12-31")]
    [InlineData("2024-Q1", "2024-01-01", "2024-03-31")]
    [InlineData("2024-Q4", "2024-10-01", "2024-12-31")]
    [InlineData("2025-01-01_2025-03-31", "2025-01-01", "2025-03-31")]
    public void A_stored_period_id_gives_its_days_without_todays_rules(string id, string first, string last)
    {
        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), PeriodRules.DaysOf(id));
        Assert.Throws<FormatException>(() => PeriodRules.DaysOf("last-quarter"));
    }
}
