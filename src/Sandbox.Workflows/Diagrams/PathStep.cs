using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Diagrams;

/// <summary>One history entry as the diagram draws it; <see cref="From"/> is null for the start.</summary>
public sealed record PathStep(
    int Sequence,
    string? From,
    string To,
    string Trigger,
    ActorKind ActorKind,
    string ActorName,
    DateTimeOffset At,
    string? Reason)
{
    public bool IsStart => From is null;

    /// <summary>The instance stayed where it was: an internal transition, or a re-entry of the same state.</summary>
    public bool StaysInState => From == To;
}
