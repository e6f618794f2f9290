using Sandbox.Domain.Sandboxes;

namespace Sandbox.Provisioning.Airlock;

/// <summary>
/// A query result asking to leave the sandbox. The result is computed when the draft is made and is exactly what the
/// reviewer sees and the requester may download; it is re-checked against the conditions when submitted and approved.
/// </summary>
public sealed record ExportRequest
{
    public required string Id { get; init; }

    public required string SandboxId { get; init; }

    public required string RequestedBy { get; init; }

    public required GatewayQuery Query { get; init; }

    public required string Justification { get; init; }

    public required IReadOnlyList<string> Columns { get; init; }

    public required IReadOnlyList<object?[]> Rows { get; init; }

    public required int SuppressedGroups { get; init; }

    public required ExportStatus Status { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public string? Reviewer { get; init; }

    public string? Decision { get; init; }

    public int DownloadsLeft { get; init; }

    public IReadOnlyList<ExportStatusChange> History { get; init; } = [];

    public ExportRequest Moved(ExportStatus status, DateTimeOffset at, string actor, string reason) =>
        this with { Status = status, History = [.. History, new ExportStatusChange(status, at, actor, reason)] };
}

public sealed record ExportStatusChange(ExportStatus Status, DateTimeOffset At, string Actor, string Reason);
