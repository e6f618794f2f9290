namespace Sandbox.Identity.Clients;

/// <summary>A token entry as administrators see it: its metadata, never its value or payload.</summary>
public sealed record TokenSummary(string Id, string Type, string Status, string Subject, DateTimeOffset? CreatedAt, DateTimeOffset? ExpiresAt);
