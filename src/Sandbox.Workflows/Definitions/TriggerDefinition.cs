namespace Sandbox.Workflows.Definitions;

/// <summary>Something that can happen to an instance: a person's action, the system's, or a timer's.</summary>
public sealed record TriggerDefinition
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public TriggerKind Kind { get; init; } = TriggerKind.Human;

    /// <summary>The actor must give a reason (suspension, refusal, revocation).</summary>
    public bool ReasonRequired { get; init; }
}

public enum TriggerKind
{
    Human,
    System,
    Timer,
}
