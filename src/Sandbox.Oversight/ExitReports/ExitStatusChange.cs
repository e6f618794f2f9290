namespace Sandbox.Oversight.ExitReports;

/// <summary>A change of the licence's status as the report shows it: no actor, so it can be published as it is.</summary>
public sealed record ExitStatusChange(string Status, DateTimeOffset At, string Reason);
