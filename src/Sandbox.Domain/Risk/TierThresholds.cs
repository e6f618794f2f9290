namespace Sandbox.Domain.Risk;

/// <summary>The minimum score of tiers 2, 3 and 4, strictly ascending; below <paramref name="Tier2"/> is tier 1.</summary>
public sealed record TierThresholds(int Tier2, int Tier3, int Tier4);
