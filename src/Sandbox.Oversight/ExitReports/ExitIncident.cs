namespace Sandbox.Oversight.ExitReports;

/// <summary>A misuse report triaged against the licence: what was alleged, how serious, and what came of it.</summary>
public sealed record ExitIncident(string Reference, string Allegation, string? Severity, string? Response, string Status, DateTimeOffset ReceivedAt);
