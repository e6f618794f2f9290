using System.Text.Json;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Risk;
using Sandbox.Domain.Tests.Classification;

namespace Sandbox.Domain.Tests.Risk;

public sealed class SeedRulesTests
{
    [Fact]
    public void Seed_rules_parse_and_validate_clean()
    {
        var rules = SeedFiles.Read<RiskRuleSet>(SeedFiles.RiskRules);

        Assert.Equal(1, rules.Version);
        Assert.Empty(rules.Validate());
        Assert.Equal(new TierThresholds(25, 80, 120), rules.Thresholds);
        Assert.Equal(RiskTier.Tier4RefuseUnlessExceptional, rules.Screening.ConfirmedMatchMinimumTier);
        Assert.Equal(RiskTier.Tier3EnhancedJointReview, rules.Screening.AlliedDenialMinimumTier);
    }

    [Fact]
    public void Seed_rules_round_trip_through_web_json_with_string_enums()
    {
        var json = File.ReadAllText(SeedFiles.PathOf(SeedFiles.RiskRules));
        var rules = JsonSerializer.Deserialize<RiskRuleSet>(json, SeedFiles.Options)!;

        var again = SeedFiles.RoundTrip(rules);

        Assert.Equal(JsonSerializer.Serialize(rules, SeedFiles.Options), JsonSerializer.Serialize(again, SeedFiles.Options));
        Assert.Equal(rules.Capabilities.Points, again.Capabilities.Points);
        Assert.Equal(rules.Safeguards.Credits, again.Safeguards.Credits.ToList(), new CreditComparer());
        Assert.Equal(RiskAssessor.Assess(Pilots.DisasterDroneImagery, rules), RiskAssessor.Assess(Pilots.DisasterDroneImagery, again));
        Assert.Contains("\"tier\":\"Tier3EnhancedJointReview\"", JsonSerializer.Serialize(again, SeedFiles.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void Partner_jurisdictions_are_allies_not_a_list_of_applicant_origins()
    {
        var partners = Pilots.Rules.Destinations.PartnerJurisdictions;

        Assert.Contains("DE", partners);
        Assert.Contains("US", partners);
        Assert.Contains("JP", partners);
        Assert.DoesNotContain("RU", partners);
        Assert.DoesNotContain("CN", partners);
    }

    [Fact]
    public void Every_tier_has_a_longer_or_equal_review_clock_than_the_one_below()
    {
        var days = Enum.GetValues<RiskTier>().Select(t => Pilots.Rules.PolicyFor(t).ReviewDays).ToList();

        Assert.Equal(days.Order(), days);
        Assert.True(Pilots.Rules.Humanitarian.ExpeditedReviewDays < days[0]);
    }

    [Fact]
    public void Informed_consent_is_credited_only_with_personal_data_or_real_world_testing()
    {
        var consent = Assert.Single(Pilots.Rules.Safeguards.Credits, c => c.Safeguard == Safeguard.InformedConsent);

        Assert.Equal([DataCategory.Personal, DataCategory.Location, DataCategory.Biometric], consent.RequiresAny!.DataCategories);
        Assert.Equal([DeploymentContext.RealWorldTesting], consent.RequiresAny.DeploymentContexts);
        var lab = RiskAssessor.Assess(Pilots.LabResearch with { Safeguards = [Safeguard.InformedConsent] }, Pilots.Rules);
        Assert.Contains(lab.Factors, f => f.Code == "safeguard.informed-consent" && f.Points == 0);
    }

    private sealed class CreditComparer : IEqualityComparer<SafeguardCredit>
    {
        public bool Equals(SafeguardCredit? x, SafeguardCredit? y) =>
            x is not null && y is not null && x.Safeguard == y.Safeguard && x.Points == y.Points
            && string.Equals(x.Label, y.Label, StringComparison.Ordinal)
            && (x.RequiresAny is null) == (y.RequiresAny is null)
            && (x.RequiresAny is null || (x.RequiresAny.DataCategories.SequenceEqual(y.RequiresAny!.DataCategories)
                && x.RequiresAny.DeploymentContexts.SequenceEqual(y.RequiresAny.DeploymentContexts)));

        public int GetHashCode(SafeguardCredit obj) => obj.Safeguard.GetHashCode();
    }
}
