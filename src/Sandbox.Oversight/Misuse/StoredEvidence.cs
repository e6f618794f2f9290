namespace Sandbox.Oversight.Misuse;

/// <summary>An evidence file of a report; <see cref="Content"/> is base64 (at most 1 MiB of bytes).</summary>
public sealed record StoredEvidence(string Id, string ReportId, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string Content);
