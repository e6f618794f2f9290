using FsCheck.Xunit;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Risk;

namespace Sandbox.Domain.Tests.Risk;

/// <summary>The promises of the model, checked over 2,000 generated pilots each against the seed rules.</summary>
public sealed class RiskAssessorPropertyTests
{
    private const int Runs = 2_000;

    [Property(Arbitrary = [typeof(RiskInputs)], MaxTest = Runs)]
    public bool Adding_a_safeguard_never_raises_the_tier_or_the_score(RiskInput input, Safeguard safeguard)
    {
        var before = RiskAssessor.Assess(input, Pilots.Rules);
        var after = RiskAssessor.Assess(input with { Safeguards = [.. input.Safeguards, safeguard] }, Pilots.Rules);
        return after.Tier <= before.Tier && after.Score <= before.Score;
    }

    [Property(Arbitrary = [typeof(RiskInputs)], MaxTest = Runs)]
    public bool Adding_a_capability_never_lowers_the_tier_or_the_score(RiskInput input, Capability capability, bool toNewItem)
    {
        var items = input.Items.Count == 0 || toNewItem
            ? [.. input.Items, new RiskItem(ImpactRating.Low, [capability])]
            : input.Items.Select((item, i) => i == 0 ? item with { Capabilities = [.. item.Capabilities, capability] } : item).ToArray();
        var before = RiskAssessor.Assess(input, Pilots.Rules);
        var after = RiskAssessor.Assess(input with { Items = items }, Pilots.Rules);
        return after.Tier >= before.Tier && after.Score >= before.Score;
    }

    [Property(Arbitrary = [typeof(RiskInputs)], MaxTest = Runs)]
    public bool Declaring_more_data_or_a_vulnerable_group_never_lowers_the_tier_or_the_score(RiskInput input, DataCategory data, VulnerableGroup group)
    {
        var before = RiskAssessor.Assess(input, Pilots.Rules);
        var moreData = RiskAssessor.Assess(input with { DataCategories = [.. input.DataCategories, data] }, Pilots.Rules);
        var moreGroups = RiskAssessor.Assess(input with { VulnerableGroups = [.. input.VulnerableGroups, group] }, Pilots.Rules);
        return moreData.Tier >= before.Tier && moreData.Score >= before.Score
            && moreGroups.Tier >= before.Tier && moreGroups.Score >= before.Score;
    }

    [Property(Arbitrary = [typeof(RiskInputs)], MaxTest = Runs)]
    public bool The_same_input_in_any_order_gives_an_equal_assessment(RiskInput input, int seed)
    {
        var random = new Random(seed);
        var shuffled = input with
        {
            Items = Shuffle(input.Items.Select(item => item with { Capabilities = Shuffle(item.Capabilities, random) }).ToList(), random),
            EndUserSectors = Shuffle(input.EndUserSectors, random),
            DestinationCountries = Shuffle(input.DestinationCountries, random),
            DataCategories = Shuffle(input.DataCategories, random),
            VulnerableGroups = Shuffle(input.VulnerableGroups, random),
            Safeguards = Shuffle(input.Safeguards, random),
        };

        var first = RiskAssessor.Assess(input, Pilots.Rules);
        return first.Equals(RiskAssessor.Assess(shuffled, Pilots.Rules)) && first.Equals(RiskAssessor.Assess(input, Pilots.Rules));
    }

    [Property(Arbitrary = [typeof(RiskInputs)], MaxTest = Runs)]
    public bool The_score_is_never_negative_and_is_the_sum_of_the_factors_floored_at_zero(RiskInput input)
    {
        var assessment = RiskAssessor.Assess(input, Pilots.Rules);
        return assessment.Score >= 0
            && assessment.Score == Math.Max(0, assessment.Factors.Sum(f => f.Points))
            && assessment.Factors.All(f => !string.IsNullOrWhiteSpace(f.Explanation));
    }

    [Property(Arbitrary = [typeof(RiskInputs)], MaxTest = Runs)]
    public bool Screening_floors_always_hold(RiskInput input)
    {
        var assessment = RiskAssessor.Assess(input, Pilots.Rules);
        return (input.Screening.ConfirmedMatches == 0 || assessment.Tier == RiskTier.Tier4RefuseUnlessExceptional)
            && (input.Screening.AlliedDenialMatches == 0 || assessment.Tier >= RiskTier.Tier3EnhancedJointReview);
    }

    private static T[] Shuffle<T>(IReadOnlyList<T> values, Random random)
    {
        var copy = values.ToArray();
        random.Shuffle(copy);
        return copy;
    }
}
