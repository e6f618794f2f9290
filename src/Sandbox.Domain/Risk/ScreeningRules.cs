namespace Sandbox.Domain.Risk;

/// <summary>
/// Screening adds points while matches are unresolved; confirmed matches and allied denials do not add points,
/// they set a minimum tier that no credit can lower.
/// </summary>
public sealed record ScreeningRules(int UnresolvedPotentialMatchPoints, RiskTier ConfirmedMatchMinimumTier, RiskTier AlliedDenialMinimumTier);
