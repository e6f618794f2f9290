namespace Sandbox.Oversight.Transparency;

/// <summary>
/// How fast one decision path decided: calendar days from the start of the path's case to its decision, and how many
/// decisions came within the path's SLA clock (which pauses while the applicant is asked for information).
/// Medians and shares are null when suppressed (fewer decisions than the minimum count) or when nothing was decided.
/// </summary>
/// <param name="Path"><c>standard</c>, <c>humanitarian</c> or <c>partner</c>.</param>
/// <param name="SlaBudget">The budget as the workflow definition states it, such as <c>72 hours</c>.</param>
/// <param name="WithinSlaShare">Share of the decisions within the SLA, 0 to 1, rounded to three places.</param>
public sealed record PathTiming(
    string Path,
    string DefinitionId,
    string Label,
    string SlaClock,
    string SlaBudget,
    ReportCount Decided,
    double? MedianDays,
    double? P90Days,
    ReportCount WithinSla,
    double? WithinSlaShare);
