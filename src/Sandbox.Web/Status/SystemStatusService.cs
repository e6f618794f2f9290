using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Hosting;

namespace Sandbox.Web.Status;

/// <summary>Runs the health checks and describes the result for people and monitors alike.</summary>
public sealed class SystemStatusService(HealthCheckService health, IDocumentStore store, TimeProvider time)
{
    private static readonly string Version =
        typeof(SystemStatusService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task<SystemStatus> CheckAsync(CancellationToken cancellationToken = default)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        report.Entries.TryGetValue(StoreHealthCheck.Name, out var entry);
        double? latency = entry.Data?.TryGetValue("latencyMs", out var value) == true
            ? Convert.ToDouble(value, CultureInfo.InvariantCulture)
            : null;
        var storeStatus = new StoreStatus(
            store.ProviderName,
            Answers: entry.Status == HealthStatus.Healthy,
            latency,
            entry.Description ?? "The store was not checked.");
        return new SystemStatus(report.Status.ToString(), storeStatus, time.GetUtcNow(), Version);
    }
}
