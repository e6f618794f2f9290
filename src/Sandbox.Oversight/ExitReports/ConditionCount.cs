namespace Sandbox.Oversight.ExitReports;

/// <summary>How many gateway requests one condition refused.</summary>
public sealed record ConditionCount(string Condition, int Count);
