namespace Sandbox.Workflows.Definitions;

/// <summary>Fires <see cref="Trigger"/> after a duration from entering the state, or at a time taken from the instance.</summary>
public sealed record TimerDefinition
{
    public required string Id { get; init; }

    public required string Trigger { get; init; }

    /// <summary>ISO 8601 duration from entering the state, such as <c>PT72H</c>.</summary>
    public string? After { get; init; }

    public TimerAt? At { get; init; }

    /// <summary>A reminder whose time has passed is not sent late (a licence reinstated after its reminder date).</summary>
    public bool SkipIfPast { get; init; }
}

/// <summary>A time in the instance data (<see cref="Field"/>) or a clock's due time, moved by <see cref="Offset"/>.</summary>
public sealed record TimerAt
{
    public string? Field { get; init; }

    public string? Clock { get; init; }

    /// <summary>ISO 8601 duration, may be negative: <c>-P14D</c>.</summary>
    public string? Offset { get; init; }
}
