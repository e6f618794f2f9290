namespace Sandbox.Domain.Screening;

/// <summary>A regulator's decision on one screening hit.</summary>
public enum AdjudicationOutcome
{
    /// <summary>The screened party is the listed party.</summary>
    TrueMatch,

    /// <summary>The names are alike, the parties are not the same.</summary>
    FalsePositive,
}
