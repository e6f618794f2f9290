namespace Sandbox.Domain.Licensing;

/// <summary>
/// What a licence allows, in the terms the sandbox environment enforces: how long raw data is kept, where it stays,
/// what may leave and how much may be asked. A null number means no limit, false means no requirement, and an empty
/// list means none. <see cref="Narrative"/> holds the conditions a person checks. Two conditions are equal when
/// every field and every list entry, in order, is.
/// </summary>
public sealed partial record LicenceConditions
{
    /// <summary>Raw pilot data is deleted this many days after collection.</summary>
    public int? RetentionDays { get; init; }

    /// <summary>Data and compute stay in this region (such as <c>EU</c>), and access from elsewhere is refused.</summary>
    public string? DataLocalizationRegion { get; init; }

    /// <summary>Only aggregate statistics leave the environment, suppressed below <see cref="MinimumCellSize"/>.</summary>
    public bool AggregateOnly { get; init; }

    /// <summary>Aggregates suppress any cell describing fewer people than this.</summary>
    public int? MinimumCellSize { get; init; }

    /// <summary>
    /// No direct identifiers leave the environment. Which fields are identifiers depends on the dataset, so the
    /// gateway denies every field its schema marks as one; <see cref="DeniedFields"/> names any others.
    /// </summary>
    public bool NoRawIdentifiers { get; init; }

    /// <summary>Field identifiers no query may return.</summary>
    public IReadOnlyList<string> DeniedFields { get; init; } = [];

    public int? MaxRowsPerQuery { get; init; }

    public int? QueriesPerDay { get; init; }

    /// <summary>Every output passes airlock review before release.</summary>
    public bool ExportRequiresReview { get; init; }

    /// <summary>The environment streams usage telemetry to the authority for the whole pilot.</summary>
    public bool TelemetryRequired { get; init; }

    /// <summary>The purposes the licence permits; a licence needs at least one. Empty on a floor means "any purpose".</summary>
    public IReadOnlyList<string> DeclaredPurposes { get; init; } = [];

    /// <summary>Conditions in words, checked by people rather than by the environment.</summary>
    public IReadOnlyList<string> Narrative { get; init; } = [];

    public bool Equals(LicenceConditions? other) =>
        other is not null
        && RetentionDays == other.RetentionDays
        && string.Equals(DataLocalizationRegion, other.DataLocalizationRegion, StringComparison.Ordinal)
        && AggregateOnly == other.AggregateOnly
        && MinimumCellSize == other.MinimumCellSize
        && NoRawIdentifiers == other.NoRawIdentifiers
        && MaxRowsPerQuery == other.MaxRowsPerQuery
        && QueriesPerDay == other.QueriesPerDay
        && ExportRequiresReview == other.ExportRequiresReview
        && TelemetryRequired == other.TelemetryRequired
        && SameList(DeniedFields, other.DeniedFields)
        && SameList(DeclaredPurposes, other.DeclaredPurposes)
        && SameList(Narrative, other.Narrative);

    public override int GetHashCode() =>
        HashCode.Combine(RetentionDays, DataLocalizationRegion, AggregateOnly, MinimumCellSize, MaxRowsPerQuery, QueriesPerDay, DeniedFields?.Count, DeclaredPurposes?.Count);

    private static bool SameList(IReadOnlyList<string>? left, IReadOnlyList<string>? right) =>
        left is null || right is null ? left is null && right is null : left.SequenceEqual(right, StringComparer.Ordinal);
}
