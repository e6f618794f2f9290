namespace Sandbox.Domain.Licensing;

/// <summary>
/// The floor for a provisional licence on the expedited humanitarian path: it is issued before the full review ends,
/// so it allows less than any tier does by default. <see cref="Apply"/> tightens conditions to it.
/// </summary>
public static class ProvisionalConditions
{
    public const int RetentionDays = 30;
    public const int MinimumCellSize = 10;
    public const int MaxRowsPerQuery = 1_000;
    public const int QueriesPerDay = 200;

    public const string Notice =
        "This is a provisional licence on the expedited humanitarian path; the full review continues, and its decision replaces or revokes this licence.";

    /// <summary>No purposes: the floor permits any, so <see cref="Apply"/> keeps the licence's own.</summary>
    public static LicenceConditions Floor { get; } = new()
    {
        RetentionDays = RetentionDays,
        AggregateOnly = true,
        MinimumCellSize = MinimumCellSize,
        NoRawIdentifiers = true,
        MaxRowsPerQuery = MaxRowsPerQuery,
        QueriesPerDay = QueriesPerDay,
        ExportRequiresReview = true,
        TelemetryRequired = true,
        Narrative = [Notice],
    };

    public static LicenceConditions Apply(LicenceConditions conditions) => LicenceConditions.Strictest(conditions, Floor);
}
