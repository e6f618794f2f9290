using System.Text.Json.Nodes;

namespace Sandbox.Workflows.Instances;

/// <summary>One transition: internal ones keep <see cref="From"/> equal to <see cref="To"/>.</summary>
public sealed record HistoryEntry(
    int Sequence,
    string From,
    string To,
    string Trigger,
    ActorKind ActorKind,
    string ActorId,
    string ActorName,
    DateTimeOffset At,
    string? Reason = null,
    JsonObject? Data = null);
