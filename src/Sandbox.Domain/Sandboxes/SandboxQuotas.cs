namespace Sandbox.Domain.Sandboxes;

/// <summary>What one sandbox may use, whatever its licence allows.</summary>
public sealed record SandboxQuotas
{
    public required int StorageMegabytes { get; init; }

    public required int QueriesPerDay { get; init; }
}
