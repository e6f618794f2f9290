namespace Sandbox.Oversight.Transparency;

/// <summary>
/// A period's transparency report: only aggregates. The preview carries exact figures; the published form
/// (<see cref="TransparencySuppressor"/>) hides small counts. Serialized as <c>transparency-report.v1</c>.
/// </summary>
/// <param name="MinimumCount">Counts from 1 to this less one are suppressed; 1 in an exact preview.</param>
public sealed record TransparencyReport(
    string Schema,
    ReportPeriodView Period,
    DateTimeOffset GeneratedAt,
    int MinimumCount,
    ApplicationFigures Applications,
    DecisionFigures Decisions,
    IReadOnlyList<PathTiming> DecisionTimes,
    ActivityFigures Activity)
{
    public const string SchemaId = "transparency-report.v1";
}
