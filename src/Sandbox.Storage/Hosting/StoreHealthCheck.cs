using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Storage.Hosting;

/// <summary>
/// Reports which store is in use and whether it answers a trivial request. The public description
/// never names paths or endpoints; the reason travels as the result's exception, which the health
/// check service logs.
/// </summary>
public sealed class StoreHealthCheck(IDocumentStore store) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var data = new Dictionary<string, object> { ["provider"] = store.ProviderName };
        try
        {
            await store.PingAsync(cancellationToken);
            data["latencyMs"] = Math.Round(watch.Elapsed.TotalMilliseconds, 1);
            return HealthCheckResult.Healthy($"The {store.ProviderName} store answers.", data);
        }
        catch (StoreUnavailableException ex)
        {
            return HealthCheckResult.Unhealthy($"The {store.ProviderName} store does not answer.", ex, data);
        }
    }
}
