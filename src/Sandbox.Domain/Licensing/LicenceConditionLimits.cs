namespace Sandbox.Domain.Licensing;

/// <summary>The ranges <see cref="LicenceConditionRules"/> holds licence conditions to.</summary>
public static class LicenceConditionLimits
{
    public const int MaxRetentionDays = 3650;
    public const int MinCellSize = 2;
    public const int MaxCellSize = 1000;
    public const int MaxDeniedFields = 100;
    public const int MaxRowsPerQuery = 1_000_000;
    public const int MaxQueriesPerDay = 1_000_000;
    public const int MaxDeclaredPurposes = 20;
    public const int MaxPurposeLength = 200;
    public const int MaxNarrative = 30;
    public const int MaxNarrativeLength = 2000;
}
