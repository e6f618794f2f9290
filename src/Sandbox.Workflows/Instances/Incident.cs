namespace Sandbox.Workflows.Instances;

/// <summary>An activity that failed past its retries; the instance waits until an administrator retries it.</summary>
public sealed class Incident
{
    public required string Id { get; init; }

    public required string WorkKey { get; init; }

    public required string Activity { get; init; }

    public required string Error { get; init; }

    public required int Attempts { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolvedBy { get; set; }
}
