namespace Sandbox.Oversight.ExitReports;

/// <summary>One step in an exit report's history: what was done, by whom (user id) and, when it needs one, why.</summary>
public sealed record ExitReportStep(DateTimeOffset At, string Step, string ActorId, string? Reason = null);
