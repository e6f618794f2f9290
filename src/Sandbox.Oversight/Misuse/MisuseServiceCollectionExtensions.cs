using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Storage.Hosting;

namespace Sandbox.Oversight.Misuse;

public static class MisuseServiceCollectionExtensions
{
    /// <summary>Misuse reports: their documents, evidence and the gateway refusal counters.</summary>
    public static IServiceCollection AddMisuseReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDocumentSet<MisuseReport>(MisuseContainers.Reports);
        services.AddDocumentSet<StoredEvidence>(MisuseContainers.Evidence);
        return services;
    }
}
