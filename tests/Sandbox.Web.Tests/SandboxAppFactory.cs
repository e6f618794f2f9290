using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Storage.Cosmos;
using Sandbox.Testing.Cosmos;

namespace Sandbox.Web.Tests;

/// <summary>
/// The app on a fresh embedded store (or on Cosmos when given a server), with the Development demo
/// data and ephemeral OAuth keys. In memory by default; <paramref name="overKestrel"/> serves it
/// on a real loopback port, for flows that must cross real HTTP.
/// </summary>
public sealed class SandboxAppFactory : WebApplicationFactory<Program>
{
    private readonly CosmosTestServer? _cosmos;
    private readonly string _dataDirectory;
    private readonly string _keySource;
    private readonly bool _ownsDataDirectory;
    private readonly TimeProvider? _time;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string _environment;

    public SandboxAppFactory(
        CosmosTestServer? cosmos = null,
        bool overKestrel = false,
        string? dataDirectory = null,
        string keySource = "Ephemeral",
        TimeProvider? time = null,
        string environment = "Development",
        IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        _cosmos = cosmos;
        _keySource = keySource;
        _time = time;
        _environment = environment;
        _ownsDataDirectory = dataDirectory is null;
        _dataDirectory = dataDirectory ?? NewDataDirectory();
        if (overKestrel)
        {
            UseKestrel(0);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (_time is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(_time));
        }

        builder.UseSetting("Storage:Sqlite:DataDirectory", _dataDirectory);
        builder.UseSetting("OAuth:KeySource", _keySource);
        // Tests import the screening lists they need; the 13,889-entry demo import would slow every app start.
        builder.UseSetting("Seed:ScreeningList", string.Empty);
        builder.UseSetting("Seed:DemoSandbox", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_cosmos is not { } cosmos)
        {
            return;
        }

        builder.UseSetting("Storage:Provider", "Cosmos");
        builder.UseSetting("Storage:Cosmos:Endpoint", cosmos.Endpoint.ToString());
        builder.UseSetting("Storage:Cosmos:Key", cosmos.Key);
        builder.UseSetting("Storage:Cosmos:Database", "web-" + Guid.NewGuid().ToString("N")[..8]);
        builder.ConfigureServices(services => services.UseCosmosStorage(cosmos.ConfigureClient));
    }

    /// <summary>A fresh folder for a store that several factories (app restarts) share; the caller deletes it.</summary>
    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "sandbox-web-tests", Guid.NewGuid().ToString("N"));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsDataDirectory && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
