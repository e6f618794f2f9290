namespace Sandbox.Workflows.Definitions;

public sealed record StateDefinition
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    /// <summary>A superstate: its transitions, timers and clocks apply while in this state too.</summary>
    public string? Parent { get; init; }

    public bool Final { get; init; }

    /// <summary>Run in order when the state is entered (not when a substate returns to it).</summary>
    public IReadOnlyList<ActivityInvocation> OnEntry { get; init; } = [];

    /// <summary>A system trigger fired once the on-entry activities are done, for routing states.</summary>
    public string? Next { get; init; }

    public IReadOnlyList<TimerDefinition> Timers { get; init; } = [];

    public SlaDefinition? Sla { get; init; }

    /// <summary>Clocks that stop running (without resetting) while in this state: waiting for the applicant.</summary>
    public IReadOnlyList<string> PauseClocks { get; init; } = [];

    public IReadOnlyList<TaskDefinition> Tasks { get; init; } = [];

    public IReadOnlyList<TransitionDefinition> Transitions { get; init; } = [];
}
