using Sandbox.Domain.Licensing;

namespace Sandbox.Web.Components.Pages.Cases.Workflow;

/// <summary>The decision form's editable values; lists are typed one per line (or comma-separated for fields).</summary>
public sealed class DecisionInput
{
    public bool WithProvisos { get; set; }

    public DateTime? ValidFrom { get; set; }

    public DateTime? ValidTo { get; set; }

    public int? RetentionDays { get; set; }

    public string? Region { get; set; }

    public bool AggregateOnly { get; set; }

    public int? MinimumCellSize { get; set; }

    public bool NoRawIdentifiers { get; set; }

    public string? DeniedFields { get; set; }

    public int? MaxRows { get; set; }

    public int? QueriesPerDay { get; set; }

    public bool ExportReview { get; set; }

    public bool Telemetry { get; set; }

    public string? Purposes { get; set; }

    public string? Narrative { get; set; }

    public HashSet<string> Codes { get; } = new(StringComparer.Ordinal);

    public string? Rationale { get; set; }

    public static DecisionInput From(LicenceConditions conditions, DateTime validFrom, DateTime validTo)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return new DecisionInput
        {
            ValidFrom = validFrom,
            ValidTo = validTo,
            RetentionDays = conditions.RetentionDays,
            Region = conditions.DataLocalizationRegion,
            AggregateOnly = conditions.AggregateOnly,
            MinimumCellSize = conditions.MinimumCellSize,
            NoRawIdentifiers = conditions.NoRawIdentifiers,
            DeniedFields = string.Join(", ", conditions.DeniedFields),
            MaxRows = conditions.MaxRowsPerQuery,
            QueriesPerDay = conditions.QueriesPerDay,
            ExportReview = conditions.ExportRequiresReview,
            Telemetry = conditions.TelemetryRequired,
            Purposes = string.Join("\n", conditions.DeclaredPurposes),
            Narrative = string.Join("\n", conditions.Narrative),
        };
    }

    public LicenceDecision ToDecision(string trigger)
    {
        var outcome = trigger switch
        {
            "refuse" => DecisionOutcome.Refuse,
            "no-licence-required" => DecisionOutcome.NoLicenceRequired,
            _ => WithProvisos ? DecisionOutcome.ApproveWithProvisos : DecisionOutcome.Approve,
        };
        var approval = outcome is DecisionOutcome.Approve or DecisionOutcome.ApproveWithProvisos;
        return new LicenceDecision
        {
            Outcome = outcome,
            Conditions = approval ? Conditions() : null,
            ValidFrom = approval ? Utc(ValidFrom) : null,
            ValidTo = approval ? Utc(ValidTo) : null,
            RefusalCodes = outcome == DecisionOutcome.Refuse ? [.. Codes.Order(StringComparer.Ordinal)] : [],
            Rationale = string.IsNullOrWhiteSpace(Rationale) ? null : Rationale.Trim(),
        };
    }

    private LicenceConditions Conditions() => new()
    {
        RetentionDays = RetentionDays,
        DataLocalizationRegion = string.IsNullOrWhiteSpace(Region) ? null : Region.Trim(),
        AggregateOnly = AggregateOnly,
        MinimumCellSize = AggregateOnly ? MinimumCellSize : null,
        NoRawIdentifiers = NoRawIdentifiers,
        DeniedFields = Split(DeniedFields, ','),
        MaxRowsPerQuery = MaxRows,
        QueriesPerDay = QueriesPerDay,
        ExportRequiresReview = ExportReview,
        TelemetryRequired = Telemetry,
        DeclaredPurposes = Split(Purposes, '\n'),
        Narrative = Split(Narrative, '\n'),
    };

    private static string[] Split(string? text, char separator) =>
        (text ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateTimeOffset? Utc(DateTime? date) =>
        date is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value.Date, DateTimeKind.Utc)) : null;
}
