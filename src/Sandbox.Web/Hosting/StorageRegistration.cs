using Sandbox.Storage.Cosmos;
using Sandbox.Storage.Hosting;

namespace Sandbox.Web.Hosting;

public static class StorageRegistration
{
    /// <summary>The provider named by <c>Storage:Provider</c>: the embedded SQLite file unless it says Cosmos.</summary>
    public static IHostApplicationBuilder AddSandboxStorage(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"];
        if (string.Equals(provider, "Cosmos", StringComparison.Ordinal))
        {
            builder.Services.UseCosmosStorage();
        }
        else
        {
            // Any other value is reported by StorageOptions validation when the app starts.
            builder.Services.UseSqliteStorage();
        }

        return builder;
    }
}
