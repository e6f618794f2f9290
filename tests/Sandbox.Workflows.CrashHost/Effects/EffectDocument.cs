using Sandbox.Storage.Documents;

namespace Sandbox.Workflows.CrashHost.Effects;

/// <summary>
/// What the <c>effect</c> activity leaves in the store. An <see cref="EffectKind"/> document's id is the activity key,
/// so an effect exists at most once per key; an <see cref="AttemptKind"/> document is written on every execution,
/// so tests can see that an activity did run again after a crash.
/// </summary>
public sealed record EffectDocument
{
    public const string EffectKind = "effect";
    public const string AttemptKind = "attempt";

    /// <summary>Tests declare the same container to read it.</summary>
    public static ContainerDefinition Container { get; } = new("crash-effects", "/instanceId", ["kind", "step", "node"]);

    public required string Id { get; init; }

    public required string InstanceId { get; init; }

    public required string Kind { get; init; }

    public required string Step { get; init; }

    /// <summary>The activity key (<see cref="Runtime.ActivityContext.Key"/>).</summary>
    public required string Key { get; init; }

    /// <summary>The node that ran the activity (<see cref="Runtime.WorkflowRuntimeOptions.NodeId"/>).</summary>
    public required string Node { get; init; }

    public required int Attempt { get; init; }

    public required DateTimeOffset At { get; init; }
}
