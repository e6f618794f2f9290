namespace Sandbox.Domain.Risk;

/// <summary>How much scrutiny a pilot gets; the numbers order the tiers.</summary>
public enum RiskTier
{
    Tier1FastTrack = 1,
    Tier2StandardReview = 2,
    Tier3EnhancedJointReview = 3,
    Tier4RefuseUnlessExceptional = 4,
}
