using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Hosting;
using Sandbox.Storage.Cosmos;
using Sandbox.Storage.Hosting;

namespace Sandbox.Workflows.CrashHost.Hosting;

public static class CrashHostStorage
{
    private const string QueryPlanInterop = "AZURE_COSMOS_USE_QUERY_PLAN_INTEROP_LINUX";

    /// <summary>The store named by <c>Storage:Provider</c>, as the web host composes it: SQLite unless it says Cosmos.</summary>
    public static IHostApplicationBuilder AddCrashHostStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var provider = builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"];
        if (!string.Equals(provider, "Cosmos", StringComparison.Ordinal))
        {
            builder.Services.UseSqliteStorage();
            return builder;
        }

        var endpoint = builder.Configuration[$"{CosmosStorageOptions.Section}:{nameof(CosmosStorageOptions.Endpoint)}"];
        var local = Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.IsLoopback;
        if (local)
        {
            // The local test server has no query-plan endpoint; the SDK computes plans itself.
            Environment.SetEnvironmentVariable(QueryPlanInterop, "true");
        }

        builder.Services.UseCosmosStorage(local ? TrustLocalServer : null);
        return builder;
    }

    /// <summary>As <c>CosmosTestServer.ConfigureClient</c>: that endpoint only, its self-signed certificate accepted.</summary>
    private static void TrustLocalServer(CosmosClientOptions options)
    {
        options.ConnectionMode = ConnectionMode.Gateway;
        options.LimitToEndpoint = true;
        options.HttpClientFactory = () => new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        });
    }
}
