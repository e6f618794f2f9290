using Sandbox.Storage.Documents;

namespace Sandbox.Provisioning.Environments;

public static class SandboxContainers
{
    public static ContainerDefinition Environments { get; } =
        new("sandboxes", "/id", ["licenceId", "holderOrganizationId", "status", "purgeDueAt", "createdAt"]);

    /// <summary>Each sandbox's rows in its own partition, in chunks, so one environment's data never mixes with another's.</summary>
    public static ContainerDefinition Data { get; } = new("sandbox-data", "/sandboxId", ["dataset"]);

    /// <summary>Credentials waiting to be shown once, protected with Data Protection.</summary>
    public static ContainerDefinition Credentials { get; } = new("sandbox-credentials", "/sandboxId");

    /// <summary>Queries counted per sandbox and UTC day (the queries-per-day quota); expire after two days.</summary>
    public static ContainerDefinition Usage { get; } = new("sandbox-usage", "/sandboxId", defaultTimeToLive: TimeSpan.FromDays(2));

    public static ContainerDefinition Exports { get; } =
        new("sandbox-exports", "/sandboxId", ["status", "requestedBy", "submittedAt"]);
}
