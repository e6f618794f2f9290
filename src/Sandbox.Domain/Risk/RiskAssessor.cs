using System.Globalization;
using static Sandbox.Domain.Risk.RiskText;

namespace Sandbox.Domain.Risk;

/// <summary>
/// Scores a pilot against a rule set and explains every point. Pure and deterministic: the input is normalized
/// first, factors come in a fixed order, and the same input under the same rules gives an equal assessment.
/// Rule sets are expected to be validated once when loaded (<see cref="RiskRuleSet.Validate"/>).
/// </summary>
public static class RiskAssessor
{
    /// <summary>Assesses with every rule of the set, whatever its review date.</summary>
    public static RiskAssessment Assess(RiskInput input, RiskRuleSet rules) => Assess(input, rules, new Dictionary<string, DateOnly>());

    /// <summary>
    /// Assesses with the rules in force on <paramref name="day"/>: a restrictive rule past its review date adds no
    /// points and sets no floor, and its factor says it lapsed.
    /// </summary>
    public static RiskAssessment Assess(RiskInput input, RiskRuleSet rules, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Assess(input, rules, rules.LapsedOn(day));
    }

    private static RiskAssessment Assess(RiskInput input, RiskRuleSet rules, IReadOnlyDictionary<string, DateOnly> lapsed)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(input.Screening);
        ArgumentOutOfRangeException.ThrowIfNegative(input.DurationDays);
        ArgumentOutOfRangeException.ThrowIfNegative(input.Screening.UnresolvedPotentialMatches);
        ArgumentOutOfRangeException.ThrowIfNegative(input.Screening.ConfirmedMatches);
        ArgumentOutOfRangeException.ThrowIfNegative(input.Screening.AlliedDenialMatches);

        var normalized = input.Normalized();
        var factors = new List<RiskFactor>();
        ExposureFactors.AddTo(factors, normalized, rules);
        ContextFactors.AddTo(factors, normalized, rules);
        RuleLapses.Apply(factors, lapsed);
        var humanitarian = CreditFactors.AddTo(factors, normalized, rules);
        var score = Math.Max(0, factors.Sum(factor => factor.Points));
        var (tier, reason) = TierDecision.Decide(score, RuleLapses.ForFloors(normalized.Screening, lapsed), rules);
        var policy = rules.PolicyFor(tier);
        if (!humanitarian)
        {
            return new(rules.Version, factors, score, tier, reason, [.. policy.DefaultConditions], policy.ReviewDays);
        }

        var terms = rules.Humanitarian;
        if (tier > terms.ExpeditedUpTo)
        {
            factors.Add(new("humanitarian.expedited", "Expedited humanitarian review", 0,
                $"Expedited humanitarian review (0): not at {Tier(tier)}; expedition applies up to {Tier(terms.ExpeditedUpTo)}"));
            return new(rules.Version, factors, score, tier, reason, [.. policy.DefaultConditions], policy.ReviewDays);
        }

        var reviewDays = Math.Min(policy.ReviewDays, terms.ExpeditedReviewDays);
        factors.Add(new("humanitarian.expedited", "Expedited humanitarian review", 0, string.Create(CultureInfo.InvariantCulture,
            $"Expedited humanitarian review (0): decided within {reviewDays} days, with stricter default conditions ({string.Join(", ", terms.ExpeditedConditions.Select(c => c.Code))})")));
        return new(rules.Version, factors, score, tier, reason, Merge(policy.DefaultConditions, terms.ExpeditedConditions), reviewDays);
    }

    /// <summary>The tier's conditions in order, each replaced by the expedited one with the same code; new codes follow.</summary>
    private static DefaultCondition[] Merge(IReadOnlyList<DefaultCondition> tier, IReadOnlyList<DefaultCondition> expedited)
    {
        var byCode = expedited.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var tierCodes = tier.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        return [.. tier.Select(c => byCode.GetValueOrDefault(c.Code) ?? c), .. expedited.Where(c => !tierCodes.Contains(c.Code))];
    }
}
