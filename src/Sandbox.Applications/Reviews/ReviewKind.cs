namespace Sandbox.Applications.Reviews;

/// <summary>What carries a review date and stops applying when it passes unrenewed.</summary>
public enum ReviewKind
{
    ClassificationEntry,
    RiskRule,
    AlliedDenial,
}
