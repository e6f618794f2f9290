using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Storage.Documents;

namespace Sandbox.Storage.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers a provider's store plus what every provider shares: start-up initialization and
    /// the health check. Providers call this from their own <c>UseXyz</c> method.
    /// </summary>
    public static IServiceCollection AddDocumentStore<TStore>(this IServiceCollection services, Func<IServiceProvider, TStore> factory)
        where TStore : class, IDocumentStore
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // A later provider registration (a test switching to Cosmos, say) replaces the earlier one.
        services.RemoveAll<IDocumentStore>();
        services.AddSingleton<IDocumentStore>(factory);
        services.TryAddSingleton<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());
        if (!services.Any(d => d.ServiceType == typeof(StoreHealthCheck)))
        {
            services.AddSingleton<StoreHealthCheck>();
            services.AddHealthChecks().AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, tags: ["ready"]);
        }

        return services;
    }

    /// <summary>Declares a container, created at start-up, and typed access to it as <see cref="DocumentSet{T}"/>.</summary>
    public static IServiceCollection AddDocumentSet<T>(this IServiceCollection services, ContainerDefinition definition)
        where T : class
    {
        services.AddSingleton(definition);
        services.AddSingleton(sp => new DocumentSet<T>(sp.GetRequiredService<IDocumentStore>().GetContainer(definition.Name)));
        return services;
    }

    /// <summary>Declares a container without typed access (the provider-neutral JSON API only).</summary>
    public static IServiceCollection AddDocumentContainer(this IServiceCollection services, ContainerDefinition definition) =>
        services.AddSingleton(definition);
}
