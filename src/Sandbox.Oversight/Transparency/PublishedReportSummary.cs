namespace Sandbox.Oversight.Transparency;

/// <summary>A line of the public list of reports; <see cref="Current"/> is the latest revision of its period.</summary>
public sealed record PublishedReportSummary(
    string Id, string PeriodId, string PeriodLabel, int Revision, string? Supersedes, DateTimeOffset PublishedAt, string ContentSha256, bool Current);
