using Sandbox.Domain.Applications;
using Sandbox.Domain.Risk;

namespace Sandbox.Domain.Tests.Risk;

public sealed class RiskAssessorExampleTests
{
    [Fact]
    public void Lab_only_synthetic_data_research_with_low_impact_tooling_is_fast_tracked()
    {
        var assessment = RiskAssessor.Assess(Pilots.LabResearch, Pilots.Rules);

        Assert.Equal(RiskTier.Tier1FastTrack, assessment.Tier);
        Assert.Equal(0, assessment.Score);
        Assert.Equal("Score 0 is below the Tier 2 (standard review) threshold of 25.", assessment.TierReason);
        Assert.Equal(10, assessment.ReviewDays);
        Assert.Equal(1, assessment.RulesVersion);
        Assert.Equal(
            [
                "Highest impact item: Low (0)",
                "No listed capabilities (0)",
                "End use: research and testing (0)",
                "Highest-risk end user: academic research (0)",
                "Denied-party screening: no unresolved potential matches (0)",
                "All destinations are partner jurisdictions: NL (0)",
                "Most sensitive data: synthetic (0)",
                "No vulnerable groups affected (0)",
                "Deployment: lab only (0)",
                "Duration: 60 days, in the band up to 90 days (+5)",
                "Encryption at rest and in transit (\u22123)",
                "Auditable access logging (\u22123)",
            ],
            assessment.Factors.Select(f => f.Explanation));
    }

    [Fact]
    public void Real_world_behavioural_analytics_on_personal_data_for_public_safety_needs_standard_review_with_safeguards()
    {
        var assessment = RiskAssessor.Assess(Pilots.CityBehaviourAnalytics, Pilots.Rules);

        Assert.Equal(RiskTier.Tier2StandardReview, assessment.Tier);
        Assert.Equal(77, assessment.Score);
        Assert.Contains("Capabilities: behavioural analytics 10, crowd monitoring 10 (+20)", Explanations(assessment));
        Assert.Contains(
            "Informed consent plan (\u22125): credited because personal data is handled and the deployment is real-world testing",
            Explanations(assessment));
        Assert.Contains("Data minimization (\u22125): credited because personal data is handled", Explanations(assessment));
        Assert.Equal(
            "Score 77 reaches the Tier 2 (standard review) threshold of 25; Tier 3 (enhanced joint review) starts at 80.",
            assessment.TierReason);
        Assert.Contains(assessment.DefaultConditions, c => c is { Code: "retention-days", Value: 90 });
    }

    [Fact]
    public void The_same_analytics_without_safeguards_needs_enhanced_joint_review()
    {
        var assessment = RiskAssessor.Assess(Pilots.CityBehaviourAnalytics with { Safeguards = [] }, Pilots.Rules);

        Assert.Equal(RiskTier.Tier3EnhancedJointReview, assessment.Tier);
        Assert.Equal(95, assessment.Score);
        Assert.Equal(45, assessment.ReviewDays);
        Assert.Contains(assessment.DefaultConditions, c => c is { Code: "retention-days", Value: 30 });
        Assert.Contains(assessment.DefaultConditions, c => c is { Code: "aggregate-only", MachineEnforceable: true });
    }

    [Fact]
    public void Police_intrusion_software_outside_partner_jurisdictions_touching_minorities_is_refused_unless_exceptional()
    {
        var assessment = RiskAssessor.Assess(Pilots.PoliceIntrusionAbroad, Pilots.Rules);

        Assert.Equal(RiskTier.Tier4RefuseUnlessExceptional, assessment.Tier);
        Assert.Equal(191, assessment.Score);
        Assert.Equal("Highest impact item: Critical (+40)", assessment.Factors[0].Explanation);
        Assert.Contains("Destination outside partner jurisdictions: AE (+25)", Explanations(assessment));
        Assert.Contains("Vulnerable groups: ethnic or religious minorities 20 (+20)", Explanations(assessment));
        Assert.Contains("Highest-risk end user: law enforcement (+20)", Explanations(assessment));
        Assert.Equal("Score 191 reaches the Tier 4 (refuse unless exceptional) threshold of 120.", assessment.TierReason);
        Assert.Contains(assessment.DefaultConditions, c => c is { Code: "exceptional-justification", MachineEnforceable: false });
    }

    [Fact]
    public void Military_interception_at_a_non_partner_border_stays_tier_4_even_for_a_verified_partner()
    {
        var assessment = RiskAssessor.Assess(Pilots.MilitaryInterception, Pilots.Rules);

        Assert.Equal(RiskTier.Tier4RefuseUnlessExceptional, assessment.Tier);
        Assert.Equal(195, assessment.Score);
        Assert.Contains(new RiskFactor("verified-partner", "Verified partner", -10, "Verified partner (\u221210)"), assessment.Factors);
    }

    [Fact]
    public void A_confirmed_denied_party_match_is_tier_4_whatever_the_score()
    {
        var input = Pilots.LabResearch with { Screening = new ScreeningSummary(0, 1, 0), ApplicantVerifiedPartner = true };

        var assessment = RiskAssessor.Assess(input, Pilots.Rules);

        Assert.Equal(RiskTier.Tier4RefuseUnlessExceptional, assessment.Tier);
        Assert.Equal(0, assessment.Score);
        Assert.Equal(
            "A confirmed denied-party match sets a minimum of Tier 4 (refuse unless exceptional); the score 0 alone gives Tier 1 (fast track).",
            assessment.TierReason);
        Assert.Contains(assessment.Factors, f => f.Code == "screening.confirmed-match" && f.Points == 0);
    }

    [Fact]
    public void An_allied_denial_raises_a_low_score_to_tier_3_and_a_confirmed_match_outranks_it()
    {
        var allied = RiskAssessor.Assess(Pilots.LabResearch with { Screening = new ScreeningSummary(0, 0, 1) }, Pilots.Rules);
        var both = RiskAssessor.Assess(Pilots.LabResearch with { Screening = new ScreeningSummary(0, 2, 1) }, Pilots.Rules);

        Assert.Equal(RiskTier.Tier3EnhancedJointReview, allied.Tier);
        Assert.StartsWith("An allied denial of an essentially identical transaction sets a minimum of Tier 3", allied.TierReason, StringComparison.Ordinal);
        Assert.Equal(RiskTier.Tier4RefuseUnlessExceptional, both.Tier);
        Assert.StartsWith("A confirmed denied-party match", both.TierReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unresolved_potential_matches_add_points_once()
    {
        var one = RiskAssessor.Assess(Pilots.CityBehaviourAnalytics with { Screening = new ScreeningSummary(1, 0, 0) }, Pilots.Rules);
        var three = RiskAssessor.Assess(Pilots.CityBehaviourAnalytics with { Screening = new ScreeningSummary(3, 0, 0) }, Pilots.Rules);

        Assert.Equal(92, one.Score);
        Assert.Equal(RiskTier.Tier3EnhancedJointReview, one.Tier);
        Assert.Equal(one.Score, three.Score);
        Assert.Contains("Denied-party screening: 3 unresolved potential matches (+15)", Explanations(three));
    }

    [Fact]
    public void A_verified_humanitarian_disaster_pilot_gets_its_credit_an_expedited_clock_and_stricter_conditions()
    {
        var credited = RiskAssessor.Assess(Pilots.DisasterDroneImagery, Pilots.Rules);
        var unverified = RiskAssessor.Assess(Pilots.DisasterDroneImagery with { ApplicantVerifiedHumanitarian = false }, Pilots.Rules);

        Assert.Equal(42, credited.Score);
        Assert.Equal(52, unverified.Score);
        Assert.Equal(RiskTier.Tier2StandardReview, credited.Tier);
        Assert.Contains(
            new RiskFactor("verified-humanitarian", "Verified humanitarian organization", -10,
                "Verified humanitarian organization (\u221210): credited for a humanitarian and disaster-response pilot"),
            credited.Factors);
        Assert.Contains(
            "Data minimization (0): not credited, it counts only when personal, location or biometric data is handled",
            Explanations(credited));
        Assert.Contains("Geo-fencing (\u22125): credited because the deployment is real-world testing", Explanations(credited));
        Assert.Equal(3, credited.ReviewDays);
        Assert.Equal(20, unverified.ReviewDays);
        Assert.Equal(
            ["retention-days", "telemetry-required", "max-duration-days", "no-raw-identifiers", "export-review", "aggregate-only"],
            credited.DefaultConditions.Select(c => c.Code));
        Assert.Equal(30, credited.DefaultConditions[0].Value);
        Assert.DoesNotContain(unverified.DefaultConditions, c => c.Code == "aggregate-only");
    }

    [Fact]
    public void The_humanitarian_credit_needs_a_humanitarian_end_use()
    {
        var input = Pilots.CityBehaviourAnalytics with { ApplicantVerifiedHumanitarian = true };

        var assessment = RiskAssessor.Assess(input, Pilots.Rules);

        Assert.Equal(RiskAssessor.Assess(Pilots.CityBehaviourAnalytics, Pilots.Rules).Score, assessment.Score);
        Assert.Contains(
            "Verified humanitarian organization (0): not credited, the end use is public safety, not humanitarian and disaster response",
            Explanations(assessment));
        Assert.Equal(20, assessment.ReviewDays);
    }

    [Fact]
    public void A_humanitarian_pilot_above_tier_2_keeps_the_tiers_own_review()
    {
        var input = Pilots.DisasterDroneImagery with { VulnerableGroups = [VulnerableGroup.Children, VulnerableGroup.RefugeesAndDisplacedPersons], DataCategories = [DataCategory.Biometric] };

        var assessment = RiskAssessor.Assess(input, Pilots.Rules);

        Assert.Equal(RiskTier.Tier3EnhancedJointReview, assessment.Tier);
        Assert.Equal(45, assessment.ReviewDays);
        Assert.Contains(assessment.Factors, f => f.Code == "humanitarian.expedited" && f.Explanation.Contains("not at Tier 3", StringComparison.Ordinal));
    }

    private static List<string> Explanations(RiskAssessment assessment) => [.. assessment.Factors.Select(f => f.Explanation)];
}
