namespace Sandbox.Workflows.Definitions;

public sealed record TransitionDefinition
{
    public required string Trigger { get; init; }

    /// <summary>The target state; none for an internal transition (the state is not left, its timers keep running).</summary>
    public string? To { get; init; }

    /// <summary>All must hold. Transitions sharing a trigger in one state must each have guards that exclude the others.</summary>
    public IReadOnlyList<GuardDefinition> Guards { get; init; } = [];

    /// <summary>Run after the transition, before the target's on-entry activities.</summary>
    public IReadOnlyList<ActivityInvocation> Activities { get; init; } = [];

    /// <summary>Cancel and schedule again the timers of every state the instance is in (after an extension moves a date they read).</summary>
    public bool RescheduleTimers { get; init; }

    public string? Description { get; init; }
}
