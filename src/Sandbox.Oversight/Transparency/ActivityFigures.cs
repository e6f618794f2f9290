namespace Sandbox.Oversight.Transparency;

/// <summary>Sandboxes, airlock exports and misuse reports in the period.</summary>
/// <param name="ActiveSandboxes">Sandboxes that were ready (serving data) at some time in the period.</param>
/// <param name="ExportsSubmitted">Export requests submitted for review in the period.</param>
/// <param name="ExportsByOutcome">Their outcome when the report was computed; adds up to <paramref name="ExportsSubmitted"/>.</param>
/// <param name="MisuseReceived">Misuse reports received in the period.</param>
/// <param name="MisuseBySeverity">By triage severity (<c>untriaged</c> before triage); adds up to <paramref name="MisuseReceived"/>.</param>
/// <param name="MisuseByResponse">By the response taken (<c>open</c> while undecided); adds up to <paramref name="MisuseReceived"/>.</param>
public sealed record ActivityFigures(
    ReportCount ActiveSandboxes,
    ReportCount ExportsSubmitted,
    ReportBreakdown ExportsByOutcome,
    ReportCount MisuseReceived,
    ReportBreakdown MisuseBySeverity,
    ReportBreakdown MisuseByResponse);
