namespace Sandbox.Applications.Intake;

/// <summary>How a list of applications is ordered.</summary>
public enum ApplicationSort
{
    SlaDue,
    SlaDueDescending,
    SubmittedNewest,
    SubmittedOldest,
    TierHighest,
    TierLowest,
    UpdatedNewest,
    Reference,
}
