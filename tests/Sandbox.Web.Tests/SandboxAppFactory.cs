using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Storage.Cosmos;
using Sandbox.Testing.Cosmos;

namespace Sandbox.Web.Tests;

/// <summary>The app in memory on a fresh embedded store, or on Cosmos when given a server.</summary>
public sealed class SandboxAppFactory(CosmosTestServer? cosmos = null) : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "sandbox-web-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Sqlite:DataDirectory", _dataDirectory);
        if (cosmos is null)
        {
            return;
        }

        builder.UseSetting("Storage:Provider", "Cosmos");
        builder.UseSetting("Storage:Cosmos:Endpoint", cosmos.Endpoint.ToString());
        builder.UseSetting("Storage:Cosmos:Key", cosmos.Key);
        builder.UseSetting("Storage:Cosmos:Database", "web-" + Guid.NewGuid().ToString("N")[..8]);
        builder.ConfigureServices(services => services.UseCosmosStorage(cosmos.ConfigureClient));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
