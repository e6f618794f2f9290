namespace Sandbox.Domain.Risk;

/// <summary>What a tier means in practice: the review clock and the conditions a licence carries by default.</summary>
public sealed record TierPolicy(RiskTier Tier, int ReviewDays, IReadOnlyList<DefaultCondition> DefaultConditions);
