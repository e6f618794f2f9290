namespace Sandbox.Domain.Licensing;

/// <summary>The codes of <see cref="Risk.DefaultCondition"/>s that <see cref="LicenceConditionDefaults"/> maps to enforceable fields.</summary>
public static class DefaultConditionCodes
{
    public const string RetentionDays = "retention-days";
    public const string AggregateOnly = "aggregate-only";
    public const string MinCellSize = "min-cell-size";
    public const string ExportReview = "export-review";
    public const string TelemetryRequired = "telemetry-required";
    public const string RegionLock = "region-lock";
    public const string NoRawIdentifiers = "no-raw-identifiers";
    public const string MaxDurationDays = "max-duration-days";
}
