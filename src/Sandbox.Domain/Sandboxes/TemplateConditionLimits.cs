using Sandbox.Domain.Licensing;

namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// The loosest conditions a template's environment can run under, whatever a licence grants: a licence's conditions are
/// tightened to them when a sandbox is provisioned. A null number sets no limit.
/// </summary>
public sealed record TemplateConditionLimits
{
    public int? MaxRowsPerQuery { get; init; }

    public int? QueriesPerDay { get; init; }

    public int? RetentionDays { get; init; }

    /// <summary>Aggregates suppress cells of fewer than at least this many.</summary>
    public int? MinimumCellSize { get; init; }

    /// <summary>
    /// <paramref name="conditions"/> with each number the stricter of the two: the smaller row, query and retention limit,
    /// the larger cell size (a limit where the conditions set none). Nothing else changes.
    /// </summary>
    public LicenceConditions Apply(LicenceConditions conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return conditions with
        {
            MaxRowsPerQuery = Smaller(conditions.MaxRowsPerQuery, MaxRowsPerQuery),
            QueriesPerDay = Smaller(conditions.QueriesPerDay, QueriesPerDay),
            RetentionDays = Smaller(conditions.RetentionDays, RetentionDays),
            MinimumCellSize = conditions.MinimumCellSize is { } own && MinimumCellSize is { } floor ? Math.Max(own, floor) : conditions.MinimumCellSize ?? MinimumCellSize,
        };
    }

    /// <summary>Whether <paramref name="conditions"/> already keep within these limits (<see cref="Apply"/> would change nothing).</summary>
    public bool Allows(LicenceConditions conditions) => Apply(conditions).Equals(conditions);

    private static int? Smaller(int? own, int? limit) => own is { } x && limit is { } y ? Math.Min(x, y) : own ?? limit;
}
