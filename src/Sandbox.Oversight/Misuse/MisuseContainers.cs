using Sandbox.Storage.Documents;

namespace Sandbox.Oversight.Misuse;

public static class MisuseContainers
{
    public static ContainerDefinition Reports { get; } =
        new ContainerDefinition("misuse-reports", "/id", ["reference", "status", "severity", "receivedAt", "licenceId", "holderOrganizationId", "reporterUserId", "source", "sandboxId"])
            .WithCompositeIndex("status", "receivedAt");

    /// <summary>Evidence files, one partition per report.</summary>
    public static ContainerDefinition Evidence { get; } = new("misuse-evidence", "/reportId");

    /// <summary>Gateway refusals counted per sandbox and window, to raise a report past the threshold.</summary>
    public static ContainerDefinition RefusalCounters { get; } = new("misuse-refusal-counters", "/sandboxId", defaultTimeToLive: TimeSpan.FromDays(7));
}
