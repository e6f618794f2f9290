using Sandbox.Storage.Documents;

namespace Sandbox.Workflows.Tests.Crash;

/// <summary>
/// The crash host's effect documents as the tests read them (its <c>EffectDocument</c>, same container): an
/// <c>effect</c> exists once per activity key, an <c>attempt</c> is written on every execution.
/// </summary>
public sealed record CrashEffect
{
    public const string EffectKind = "effect";
    public const string AttemptKind = "attempt";

    public static ContainerDefinition Container { get; } = new("crash-effects", "/instanceId", ["kind", "step", "node"]);

    public required string Id { get; init; }

    public required string InstanceId { get; init; }

    public required string Kind { get; init; }

    public required string Step { get; init; }

    public required string Key { get; init; }

    public required string Node { get; init; }

    public int Attempt { get; init; }

    public DateTimeOffset At { get; init; }
}
