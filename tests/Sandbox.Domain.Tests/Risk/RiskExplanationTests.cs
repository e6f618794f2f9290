using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Risk;

namespace Sandbox.Domain.Tests.Risk;

public sealed class RiskExplanationTests
{
    [Fact]
    public void An_unclassified_item_counts_as_configured_until_it_is_classified()
    {
        var input = Pilots.LabResearch with { Items = [new RiskItem(ImpactRating.Low, []), new RiskItem(null, [])] };

        var assessment = RiskAssessor.Assess(input, Pilots.Rules);

        Assert.Equal(
            new RiskFactor("impact", "Highest impact item", 25, "Highest impact item: not yet classified, counted as 25 until classified (+25)"),
            assessment.Factors[0]);
        Assert.Equal(24, assessment.Score);
        var critical = RiskAssessor.Assess(input with { Items = [.. input.Items, new RiskItem(ImpactRating.Critical, [])] }, Pilots.Rules);
        Assert.Equal("Highest impact item: Critical (+40); 1 item not yet classified counts as 25", critical.Factors[0].Explanation);
    }

    [Fact]
    public void Capabilities_and_vulnerable_groups_show_their_caps()
    {
        var input = Pilots.PoliceIntrusionAbroad with
        {
            Items = [new RiskItem(ImpactRating.High, [Capability.FacialRecognition, Capability.BiometricIdentification, Capability.LocationTracking, Capability.CrowdMonitoring])],
            VulnerableGroups = [VulnerableGroup.Detainees, VulnerableGroup.Children],
        };

        var explanations = Explanations(RiskAssessor.Assess(input, Pilots.Rules));

        Assert.Contains("Capabilities: facial recognition 15, biometric identification 15, location tracking 10, crowd monitoring 10 = 50, capped at 40 (+40)", explanations);
        Assert.Contains("Vulnerable groups: children 15, detainees 20 = 35, capped at 30 (+30)", explanations);
    }

    [Fact]
    public void Safeguard_credits_beyond_the_cap_are_handed_back_visibly()
    {
        var input = Pilots.CityBehaviourAnalytics with { Safeguards = Enum.GetValues<Safeguard>() };

        var assessment = RiskAssessor.Assess(input, Pilots.Rules);

        Assert.Contains(
            new RiskFactor("safeguards.cap", "Safeguard credit cap", 12, "Safeguard credit cap (+12): safeguards are credited 20 at most, 32 were earned"),
            assessment.Factors);
        Assert.Equal(75, assessment.Score);
    }

    [Fact]
    public void The_applicants_country_is_not_an_input_only_destinations_are()
    {
        Assert.DoesNotContain(typeof(RiskInput).GetProperties(), p => p.Name.Contains("Applicant", StringComparison.Ordinal) && p.PropertyType == typeof(string));
        var partner = RiskAssessor.Assess(Pilots.CityBehaviourAnalytics with { DestinationCountries = ["de", " FR "] }, Pilots.Rules);
        Assert.Contains("All destinations are partner jurisdictions: DE, FR (0)", Explanations(partner));
    }

    [Fact]
    public void Negative_duration_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskAssessor.Assess(Pilots.LabResearch with { DurationDays = -1 }, Pilots.Rules));
    }

    private static List<string> Explanations(RiskAssessment assessment) => [.. assessment.Factors.Select(f => f.Explanation)];
}
