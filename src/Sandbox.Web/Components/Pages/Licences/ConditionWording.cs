using System.Globalization;
using Sandbox.Domain.Licensing;

namespace Sandbox.Web.Components.Pages.Licences;

/// <summary>
/// The conditions the sandbox environment enforces, each in a sentence a holder can check their pilot against.
/// Every field is listed, so an absent limit reads as "no limit" rather than being left out.
/// </summary>
public static class ConditionWording
{
    public static IReadOnlyList<ConditionLine> Enforced(LicenceConditions conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        var denied = Present(conditions.DeniedFields);
        return
        [
            new("retention", "Retention", conditions.RetentionDays is { } days
                ? $"Raw pilot data is deleted {Days(days)} after collection."
                : "No retention limit."),
            new("region", "Data location", conditions.DataLocalizationRegion is { Length: > 0 } region
                ? $"Data and compute stay in {region}; access from elsewhere is refused."
                : "No data localization requirement."),
            new("aggregate", "Outputs", Aggregate(conditions)),
            new("identifiers", "Identifiers", conditions.NoRawIdentifiers
                ? "No direct identifiers leave the environment: every field the dataset's schema marks as an identifier is denied."
                : "No identifier rule beyond the denied fields."),
            new("denied-fields", "Denied fields", denied.Count > 0
                ? $"No query may return {string.Join(", ", denied)}."
                : "No further fields are denied."),
            new("max-rows", "Rows per query", conditions.MaxRowsPerQuery is { } rows
                ? $"A query returns at most {Number(rows)} rows."
                : "No limit on rows per query."),
            new("queries-per-day", "Queries per day", conditions.QueriesPerDay is { } queries
                ? $"At most {Number(queries)} queries a day."
                : "No daily query limit."),
            new("export-review", "Export review", conditions.ExportRequiresReview
                ? "Every output passes airlock review before release."
                : "Outputs are released without airlock review."),
            new("telemetry", "Telemetry", conditions.TelemetryRequired
                ? "The environment streams usage telemetry to the authority for the whole pilot."
                : "No usage telemetry is required."),
        ];
    }

    /// <summary>The purposes the licence permits; empty when none is declared.</summary>
    public static IReadOnlyList<string> Purposes(LicenceConditions conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return Present(conditions.DeclaredPurposes);
    }

    /// <summary>The conditions a person checks.</summary>
    public static IReadOnlyList<string> Narrative(LicenceConditions conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return Present(conditions.Narrative);
    }

    private static string Aggregate(LicenceConditions conditions) => (conditions.AggregateOnly, conditions.MinimumCellSize) switch
    {
        (true, { } cells) => $"Only aggregate statistics leave the environment; any cell describing fewer than {Number(cells)} people is suppressed.",
        (true, null) => "Only aggregate statistics leave the environment.",
        (false, { } cells) => $"Record-level results may leave the environment; aggregates suppress any cell describing fewer than {Number(cells)} people.",
        _ => "Record-level results may leave the environment, within the other conditions.",
    };

    private static List<string> Present(IReadOnlyList<string>? items) => (items ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();

    private static string Days(int days) => days == 1 ? "1 day" : $"{Number(days)} days";

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
