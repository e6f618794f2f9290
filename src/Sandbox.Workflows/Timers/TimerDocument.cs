using Sandbox.Storage.Documents;

namespace Sandbox.Workflows.Timers;

/// <summary>
/// A durable timer. A node claims it by moving <see cref="DueAt"/> forward with an ETag-checked replace, so one
/// node fires it; if that node dies the claim lapses and another fires it. It fires only if its instance still
/// lists it, so a cancelled or already-fired timer does nothing.
/// </summary>
public sealed record TimerDocument
{
    public static ContainerDefinition Container { get; } = new("workflow-timers", "/instanceId", ["dueAt"]);

    public required string Id { get; init; }

    public required string InstanceId { get; init; }

    public required string TimerId { get; init; }

    public required string Trigger { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public required DateTimeOffset ScheduledFor { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? ClaimedBy { get; init; }

    public int Claims { get; init; }
}
