using Sandbox.Domain.Classification;
using Sandbox.Domain.Risk;

namespace Sandbox.Domain.Tests.Risk;

/// <summary>Sunset: a restrictive rule applies up to its review date, not after, and again once renewed.</summary>
public sealed class RuleLapseTests
{
    private static readonly DateOnly ReviewDay = new(2027, 6, 30);

    [Fact]
    public void A_rule_applies_on_its_review_date_and_lapses_the_day_after_saying_so()
    {
        var rules = Pilots.Rules with { ReviewBy = new Dictionary<string, DateOnly> { [RestrictiveRules.EndUse] = ReviewDay } };
        var everyRule = RiskAssessor.Assess(Pilots.CityBehaviourAnalytics, rules);

        var onReviewDay = RiskAssessor.Assess(Pilots.CityBehaviourAnalytics, rules, ReviewDay);
        var dayAfter = RiskAssessor.Assess(Pilots.CityBehaviourAnalytics, rules, ReviewDay.AddDays(1));

        Assert.Equal(everyRule, onReviewDay);
        Assert.Equal(everyRule.Score - 15, dayAfter.Score);
        var endUse = Assert.Single(dayAfter.Factors, f => f.Code == "end-use");
        Assert.Equal(0, endUse.Points);
        Assert.Equal("End use: the rule lapsed at its review date 2027-06-30 and was not renewed, so it no longer applies (0); under it: End use: public safety (+15)", endUse.Explanation);
    }

    [Fact]
    public void A_renewed_rule_applies_again()
    {
        var lapsed = Pilots.Rules with { ReviewBy = new Dictionary<string, DateOnly> { [RestrictiveRules.Deployment] = ReviewDay } };
        var renewed = lapsed with { ReviewBy = new Dictionary<string, DateOnly> { [RestrictiveRules.Deployment] = ReviewDay.AddYears(3) } };
        var day = ReviewDay.AddDays(10);

        Assert.Equal(0, RiskAssessor.Assess(Pilots.CityBehaviourAnalytics, lapsed, day).Factors.Single(f => f.Code == "deployment").Points);
        Assert.Equal(20, RiskAssessor.Assess(Pilots.CityBehaviourAnalytics, renewed, day).Factors.Single(f => f.Code == "deployment").Points);
    }

    [Fact]
    public void Rules_without_a_date_are_reviewed_three_years_after_they_take_effect()
    {
        var rules = Pilots.Rules;

        Assert.Null(rules.ReviewBy);
        Assert.All(RestrictiveRules.All, rule => Assert.Equal(new DateOnly(2029, 1, 1), rules.ReviewByOf(rule.Id)));
        Assert.Empty(rules.LapsedOn(new DateOnly(2029, 1, 1)));
        Assert.Equal(RestrictiveRules.All.Count, rules.LapsedOn(new DateOnly(2029, 1, 2)).Count);
        Assert.Equal(RiskAssessor.Assess(Pilots.PoliceIntrusionAbroad, rules), RiskAssessor.Assess(Pilots.PoliceIntrusionAbroad, rules, new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void A_lapsed_floor_sets_no_minimum_tier()
    {
        var input = Pilots.LabResearch with { Screening = new ScreeningSummary(0, 1, 0) };
        var rules = Pilots.Rules with { ReviewBy = new Dictionary<string, DateOnly> { [RestrictiveRules.ConfirmedMatchFloor] = ReviewDay } };

        var before = RiskAssessor.Assess(input, rules, ReviewDay);
        var after = RiskAssessor.Assess(input, rules, ReviewDay.AddDays(1));

        Assert.Equal(RiskTier.Tier4RefuseUnlessExceptional, before.Tier);
        Assert.Equal(RiskTier.Tier1FastTrack, after.Tier);
        Assert.Contains("lapsed at its review date 2027-06-30", after.Factors.Single(f => f.Code == "screening.confirmed-match").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lapsed_classification_no_longer_counts_its_impact()
    {
        var lapse = new ClassificationLapse("SBX-INT-SYS", ImpactRating.Critical, ReviewDay);
        var alone = Pilots.LabResearch with { Items = [new RiskItem(null, [], lapse)] };
        var withLow = Pilots.LabResearch with { Items = [new RiskItem(null, [], lapse), new RiskItem(ImpactRating.Low, [])] };

        var impactAlone = RiskAssessor.Assess(alone, Pilots.Rules).Factors[0];
        var impactWithLow = RiskAssessor.Assess(withLow, Pilots.Rules).Factors[0];

        Assert.Equal(
            new RiskFactor("impact", "Highest impact item", 0,
                "Highest impact item: no classification in force (0); SBX-INT-SYS lapsed at its review date 2027-06-30 and was not renewed: its Critical impact no longer counts"),
            impactAlone);
        Assert.Equal("Highest impact item: Low (0); SBX-INT-SYS lapsed at its review date 2027-06-30 and was not renewed: its Critical impact no longer counts", impactWithLow.Explanation);
    }

    [Fact]
    public void Review_dates_must_name_a_restrictive_rule_and_follow_the_effective_date()
    {
        var rules = Pilots.Rules with
        {
            ReviewBy = new Dictionary<string, DateOnly>
            {
                ["safeguard.encryption"] = new(2028, 1, 1),
                [RestrictiveRules.Data] = new(2025, 12, 31),
                [RestrictiveRules.Duration] = new(2028, 1, 1),
            },
        };

        var problems = rules.Validate();

        Assert.Equal(["reviewBy.data", "reviewBy.safeguard.encryption"], problems.Select(p => p.Field));
    }
}
