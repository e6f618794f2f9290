using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Sandbox.Storage.Cosmos;
using Sandbox.Storage.Sqlite;
using Sandbox.Testing.Cosmos;

namespace Sandbox.Benchmarks;

/// <summary>
/// Point read, replace with ETag and a 1,000-document filtered query on each provider, beside raw
/// Microsoft.Data.Sqlite doing the same work: the baseline of each category, so overhead reads as a ratio.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class StorageBenchmarks
{
    private const string Read = "Point read";
    private const string Replace = "Replace with ETag";
    private const string Query = "Filtered query, 1,000 docs";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sandbox-bench", Guid.NewGuid().ToString("N"));
    private RawSqliteTarget? _raw;
    private StoreTarget? _sqlite;
    private StoreTarget? _cosmos;
    private int _next;

    [GlobalSetup(Targets = [nameof(RawRead), nameof(RawReplace), nameof(RawQuery)])]
    public Task SetupRawAsync() => SeedAsync(_raw = new RawSqliteTarget(Path.Combine(_folder, "raw.db")));

    [GlobalSetup(Targets = [nameof(SqliteRead), nameof(SqliteReplace), nameof(SqliteQuery)])]
    public Task SetupSqliteAsync() =>
        SeedAsync(_sqlite = new StoreTarget(new SqliteDocumentStore(Path.Combine(_folder, "store.db"), TimeProvider.System)));

    [GlobalSetup(Targets = [nameof(CosmosRead), nameof(CosmosReplace), nameof(CosmosQuery)])]
    public async Task SetupCosmosAsync()
    {
        var server = await CosmosTestServer.StartAsync();
        var options = new CosmosStorageOptions { Endpoint = server.Endpoint.ToString(), Key = server.Key, Database = "bench" };
        await SeedAsync(_cosmos = new StoreTarget(new CosmosDocumentStore(options, server.ConfigureClient), server.DisposeAsync));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        foreach (var target in new IStorageTarget?[] { _raw, _sqlite, _cosmos })
        {
            if (target is not null)
            {
                await target.DisposeAsync();
            }
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "Raw Microsoft.Data.Sqlite")]
    [BenchmarkCategory(Read)]
    public Task<int> RawRead() => _raw!.PointReadAsync(NextId());

    [Benchmark(Description = "Sqlite provider")]
    [BenchmarkCategory(Read)]
    public Task<int> SqliteRead() => _sqlite!.PointReadAsync(NextId());

    [Benchmark(Description = "Cosmos provider (local server)")]
    [BenchmarkCategory(Read)]
    public Task<int> CosmosRead() => _cosmos!.PointReadAsync(NextId());

    [Benchmark(Baseline = true, Description = "Raw Microsoft.Data.Sqlite")]
    [BenchmarkCategory(Replace)]
    public Task RawReplace() => _raw!.ReplaceAsync(NextId());

    [Benchmark(Description = "Sqlite provider")]
    [BenchmarkCategory(Replace)]
    public Task SqliteReplace() => _sqlite!.ReplaceAsync(NextId());

    [Benchmark(Description = "Cosmos provider (local server)")]
    [BenchmarkCategory(Replace)]
    public Task CosmosReplace() => _cosmos!.ReplaceAsync(NextId());

    [Benchmark(Baseline = true, Description = "Raw Microsoft.Data.Sqlite")]
    [BenchmarkCategory(Query)]
    public Task<int> RawQuery() => _raw!.FilteredQueryAsync();

    [Benchmark(Description = "Sqlite provider")]
    [BenchmarkCategory(Query)]
    public Task<int> SqliteQuery() => _sqlite!.FilteredQueryAsync();

    [Benchmark(Description = "Cosmos provider (local server)")]
    [BenchmarkCategory(Query)]
    public Task<int> CosmosQuery() => _cosmos!.FilteredQueryAsync();

    private static Task SeedAsync(IStorageTarget target) => target.SeedAsync(BenchmarkData.DocumentCount);

    private string NextId() => BenchmarkData.Id(_next++ % BenchmarkData.DocumentCount);
}
