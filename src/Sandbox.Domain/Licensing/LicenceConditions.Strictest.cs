namespace Sandbox.Domain.Licensing;

public sealed partial record LicenceConditions
{
    /// <summary>
    /// Field by field the stricter of the two: the shorter retention, row and query limits, the larger cell size, every
    /// denied field and narrative condition of both, each requirement either sets, and only the purposes both permit
    /// (an empty purpose list permits any). A region lock is stricter than none; when both name a region and the regions
    /// differ, neither contains the other as far as this model knows, so <paramref name="a"/>'s region stands and
    /// <see cref="ShortfallsAgainst"/> of the result against <paramref name="b"/> reports the conflict for a person to settle.
    /// </summary>
    /// <param name="a">The conditions being tightened, such as the tier defaults; its region wins a conflict.</param>
    /// <param name="b">The floor applied to them, such as <see cref="ProvisionalConditions.Floor"/>.</param>
    public static LicenceConditions Strictest(LicenceConditions a, LicenceConditions b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new LicenceConditions
        {
            RetentionDays = Smaller(a.RetentionDays, b.RetentionDays),
            DataLocalizationRegion = string.IsNullOrWhiteSpace(a.DataLocalizationRegion) ? b.DataLocalizationRegion : a.DataLocalizationRegion,
            AggregateOnly = a.AggregateOnly || b.AggregateOnly,
            MinimumCellSize = Larger(a.MinimumCellSize, b.MinimumCellSize),
            NoRawIdentifiers = a.NoRawIdentifiers || b.NoRawIdentifiers,
            DeniedFields = [.. LicenceFormat.Present(a.DeniedFields).Concat(LicenceFormat.Present(b.DeniedFields)).Distinct(StringComparer.OrdinalIgnoreCase)],
            MaxRowsPerQuery = Smaller(a.MaxRowsPerQuery, b.MaxRowsPerQuery),
            QueriesPerDay = Smaller(a.QueriesPerDay, b.QueriesPerDay),
            ExportRequiresReview = a.ExportRequiresReview || b.ExportRequiresReview,
            TelemetryRequired = a.TelemetryRequired || b.TelemetryRequired,
            DeclaredPurposes = PermittedByBoth(a.DeclaredPurposes, b.DeclaredPurposes),
            Narrative = [.. LicenceFormat.Present(a.Narrative).Concat(LicenceFormat.Present(b.Narrative)).DistinctBy(LicenceFormat.TextKey)],
        };
    }

    private static int? Smaller(int? x, int? y) => x is { } left && y is { } right ? Math.Min(left, right) : x ?? y;

    private static int? Larger(int? x, int? y) => x is { } left && y is { } right ? Math.Max(left, right) : x ?? y;

    /// <summary>Both non-empty: the purposes in both, in <paramref name="first"/>'s order (empty if none overlap, which validation reports).</summary>
    private static IReadOnlyList<string> PermittedByBoth(IReadOnlyList<string>? first, IReadOnlyList<string>? second)
    {
        var left = LicenceFormat.Present(first).DistinctBy(LicenceFormat.TextKey).ToList();
        var right = LicenceFormat.Present(second).DistinctBy(LicenceFormat.TextKey).ToList();
        if (left.Count == 0 || right.Count == 0)
        {
            return [.. left, .. right];
        }

        var allowed = right.Select(LicenceFormat.TextKey).ToHashSet(StringComparer.Ordinal);
        return [.. left.Where(purpose => allowed.Contains(LicenceFormat.TextKey(purpose)))];
    }
}
