using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sandbox.Storage.Hosting;

namespace Sandbox.Storage.Cosmos;

public static class CosmosStorageExtensions
{
    /// <summary>
    /// Keeps documents in Cosmos DB, configured from <see cref="CosmosStorageOptions.Section"/>.
    /// <paramref name="configureClient"/> is for test configuration (e.g. a local server's certificate), never for production.
    /// </summary>
    public static IServiceCollection UseCosmosStorage(this IServiceCollection services, Action<CosmosClientOptions>? configureClient = null)
    {
        services.AddOptions<CosmosStorageOptions>().BindConfiguration(CosmosStorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddDocumentStore(sp =>
            new CosmosDocumentStore(sp.GetRequiredService<IOptions<CosmosStorageOptions>>().Value, configureClient));
    }
}
