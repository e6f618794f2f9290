namespace Sandbox.Oversight.Transparency;

/// <summary>One line of a breakdown: a stable key (a tier, a code, a region) and its label.</summary>
public sealed record ReportCell(string Key, string Label, ReportCount Count);
