using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Cosmos;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Sqlite;
using Sandbox.Testing.Cosmos;

namespace Sandbox.Benchmarks.Audit;

/// <summary>
/// Audit appends under concurrency: 64 appends in flight at once over 32 subjects, with 1 or 4 chains per day, on
/// each provider. One chain serializes every append of a node; shards let appends to different chains overlap.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class AuditAppendBenchmarks
{
    private const int InFlight = 64;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sandbox-bench", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;
    private AuditLog _log = null!;
    private CosmosTestServer? _cosmos;
    private int _next;

    [Params("Sqlite", "Cosmos")]
    public string Provider { get; set; } = "Sqlite";

    [Params(1, 4)]
    public int Shards { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        IDocumentStore store;
        if (Provider == "Cosmos")
        {
            _cosmos = await CosmosTestServer.StartAsync();
            var options = new CosmosStorageOptions { Endpoint = _cosmos.Endpoint.ToString(), Key = _cosmos.Key, Database = "bench-audit" };
            store = new CosmosDocumentStore(options, _cosmos.ConfigureClient);
        }
        else
        {
            store = new SqliteDocumentStore(Path.Combine(_folder, "audit.db"), TimeProvider.System);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(store);
        services.AddSandboxAudit();
        services.Configure<AuditOptions>(o => o.Shards = Shards);
        _services = services.BuildServiceProvider();
        await store.InitializeAsync(_services.GetServices<ContainerDefinition>().ToArray());
        _log = _services.GetRequiredService<AuditLog>();
    }

    [Benchmark(OperationsPerInvoke = InFlight, Description = "Audit append, 64 in flight")]
    public async Task AppendAsync()
    {
        var appends = new Task[InFlight];
        for (var i = 0; i < InFlight; i++)
        {
            var n = Interlocked.Increment(ref _next);
            appends[i] = _log.AppendAsync("bench.event", "bench", "subject-" + (n % 32).ToString(CultureInfo.InvariantCulture), AuditOutcome.Succeeded,
                new Dictionary<string, string> { ["n"] = n.ToString(CultureInfo.InvariantCulture) });
        }

        await Task.WhenAll(appends);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        var store = _services.GetRequiredService<IDocumentStore>();
        await _services.DisposeAsync();
        (store as IDisposable)?.Dispose();
        if (_cosmos is not null)
        {
            await _cosmos.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
