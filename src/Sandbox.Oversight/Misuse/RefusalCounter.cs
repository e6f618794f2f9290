namespace Sandbox.Oversight.Misuse;

/// <summary>Refusals on licence conditions of one sandbox in one telemetry window; <see cref="RaisedReportId"/> once it crossed the threshold.</summary>
public sealed record RefusalCounter(
    string Id, string SandboxId, string LicenceId, DateTimeOffset WindowStart, int Refusals, IReadOnlyDictionary<string, int> Conditions, string? RaisedReportId = null);
