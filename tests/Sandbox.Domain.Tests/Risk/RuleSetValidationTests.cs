using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Risk;

namespace Sandbox.Domain.Tests.Risk;

public sealed class RuleSetValidationTests
{
    private static readonly RiskRuleSet Seed = Pilots.Rules;

    [Fact]
    public void A_negative_safeguard_credit_is_caught()
    {
        var credits = Seed.Safeguards.Credits.Select(c => c.Safeguard == Safeguard.Telemetry ? c with { Points = -3 } : c).ToList();
        var rules = Seed with { Safeguards = Seed.Safeguards with { Credits = credits } };

        var problem = Assert.Single(rules.Validate());

        Assert.Equal("safeguards.credits[1].points", problem.Field);
        Assert.Contains("negative", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-10, "verifiedPartnerCredit")]
    [InlineData(-1, "humanitarian.credit")]
    public void Negative_status_credits_are_caught(int credit, string field)
    {
        var rules = field == "verifiedPartnerCredit"
            ? Seed with { VerifiedPartnerCredit = credit }
            : Seed with { Humanitarian = Seed.Humanitarian with { Credit = credit } };

        Assert.Equal([field], rules.Validate().Select(p => p.Field));
    }

    [Theory]
    [InlineData(25, 25, 120)]
    [InlineData(25, 80, 80)]
    [InlineData(80, 25, 120)]
    [InlineData(0, 80, 120)]
    [InlineData(25, 130, 120)]
    public void Thresholds_that_are_not_strictly_ascending_are_caught(int tier2, int tier3, int tier4)
    {
        var rules = Seed with { Thresholds = new TierThresholds(tier2, tier3, tier4) };

        var problem = Assert.Single(rules.Validate());

        Assert.Equal("thresholds", problem.Field);
    }

    [Fact]
    public void A_missing_weight_names_the_member()
    {
        var points = Seed.Capabilities.Points.Where(p => p.Key != Capability.SignalJamming).ToDictionary();
        var rules = Seed with { Capabilities = Seed.Capabilities with { Points = points } };

        var problem = Assert.Single(rules.Validate());

        Assert.Equal("capabilities.points", problem.Field);
        Assert.Contains("SignalJamming", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_risk_weight_is_caught_because_a_risk_must_never_lower_the_score()
    {
        var points = Seed.VulnerableGroups.Points.ToDictionary();
        points[VulnerableGroup.Elderly] = -5;
        var rules = Seed with { VulnerableGroups = Seed.VulnerableGroups with { Points = points } };

        Assert.Equal(["vulnerableGroups.points.Elderly"], rules.Validate().Select(p => p.Field));
    }

    [Fact]
    public void Impact_points_must_not_fall_as_the_rating_rises()
    {
        var points = Seed.Impact.Points.ToDictionary();
        points[ImpactRating.Critical] = 20;

        var rules = Seed with { Impact = Seed.Impact with { Points = points } };

        Assert.Equal(["impact.points.Critical"], rules.Validate().Select(p => p.Field));
    }

    [Fact]
    public void A_tier_without_a_policy_is_caught()
    {
        var rules = Seed with { Tiers = [.. Seed.Tiers.Where(t => t.Tier != RiskTier.Tier3EnhancedJointReview)] };

        var problem = Assert.Single(rules.Validate());

        Assert.Equal("tiers", problem.Field);
        Assert.Contains("Tier3EnhancedJointReview", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credit_that_outweighs_the_risk_enabling_it_is_caught()
    {
        var credits = Seed.Safeguards.Credits.Select(c => c.Safeguard == Safeguard.InformedConsent ? c with { Points = 15 } : c).ToList();
        var rules = Seed with { Safeguards = Seed.Safeguards with { Credits = credits } };

        var fields = rules.Validate().Select(p => p.Field).ToList();

        Assert.Contains("dataCategories.Personal", fields);
        Assert.Contains("deploymentContexts.RealWorldTesting", fields);
    }

    [Fact]
    public void Duration_bands_must_ascend()
    {
        var rules = Seed with { Duration = Seed.Duration with { Bands = [new DurationBand(90, 5), new DurationBand(30, 0)] } };

        Assert.Equal(["duration.bands[1].upToDays", "duration.bands[1].points"], rules.Validate().Select(p => p.Field));
    }

    [Fact]
    public void Partner_jurisdictions_must_be_upper_case_iso_codes_listed_once()
    {
        var rules = Seed with { Destinations = Seed.Destinations with { PartnerJurisdictions = ["NL", "nl", "QQ", "NL"] } };

        Assert.Equal(
            ["destinations.partnerJurisdictions[1]", "destinations.partnerJurisdictions[2]", "destinations.partnerJurisdictions[3]"],
            rules.Validate().Select(p => p.Field));
    }

    [Fact]
    public void A_missing_safeguard_credit_and_a_bad_condition_code_are_caught()
    {
        var tier1 = Seed.PolicyFor(RiskTier.Tier1FastTrack);
        var rules = Seed with
        {
            Safeguards = Seed.Safeguards with { Credits = [.. Seed.Safeguards.Credits.Where(c => c.Safeguard != Safeguard.GeoFencing)] },
            Tiers = [.. Seed.Tiers.Select(t => t == tier1 ? t with { DefaultConditions = [new DefaultCondition("Retention_Days", "x", true)] } : t)],
        };

        Assert.Equal(["safeguards.credits", "tiers[0].defaultConditions[0].code"], rules.Validate().Select(p => p.Field).Order(StringComparer.Ordinal));
    }
}
