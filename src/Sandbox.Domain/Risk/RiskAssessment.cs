namespace Sandbox.Domain.Risk;

/// <summary>
/// The outcome of an assessment and how it was reached. <see cref="Score"/> is the sum of the factors' points,
/// never below zero. Two assessments are equal when every field and every factor is.
/// </summary>
/// <param name="RulesVersion">The rule set version that produced it, so a decision can be replayed.</param>
/// <param name="TierReason">Which threshold or which floor decided the tier.</param>
public sealed record RiskAssessment(
    int RulesVersion,
    IReadOnlyList<RiskFactor> Factors,
    int Score,
    RiskTier Tier,
    string TierReason,
    IReadOnlyList<DefaultCondition> DefaultConditions,
    int ReviewDays)
{
    public bool Equals(RiskAssessment? other) =>
        other is not null
        && RulesVersion == other.RulesVersion
        && Score == other.Score
        && Tier == other.Tier
        && ReviewDays == other.ReviewDays
        && string.Equals(TierReason, other.TierReason, StringComparison.Ordinal)
        && Factors.SequenceEqual(other.Factors)
        && DefaultConditions.SequenceEqual(other.DefaultConditions);

    public override int GetHashCode() => HashCode.Combine(RulesVersion, Score, Tier, ReviewDays, TierReason, Factors.Count);
}
