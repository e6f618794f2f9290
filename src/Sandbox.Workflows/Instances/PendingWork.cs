using System.Text.Json.Nodes;

namespace Sandbox.Workflows.Instances;

/// <summary>
/// An activity to run (or, with <see cref="FireTrigger"/>, an automatic trigger to fire) because of the change
/// numbered <see cref="Sequence"/>. <see cref="Key"/> is stable across retries: activities use it to act once.
/// </summary>
public sealed class PendingWork
{
    public required string Key { get; init; }

    public required int Sequence { get; init; }

    /// <summary>The state whose entry (or transition) asked for it; an automatic trigger is dropped once it is left.</summary>
    public required string State { get; init; }

    public string? Activity { get; init; }

    public JsonObject? Parameters { get; init; }

    public string? FireTrigger { get; init; }

    public int MaxAttempts { get; init; } = 5;

    public int Attempts { get; set; }

    public DateTimeOffset? NotBefore { get; set; }

    public string? LastError { get; set; }

    /// <summary>Failed past its attempts: waits for an administrator to retry its incident.</summary>
    public string? IncidentId { get; set; }
}
