using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Benchmarks;

/// <summary>A provider of the document-store contract (SQLite or Cosmos) under measurement.</summary>
internal sealed class StoreTarget(IDocumentStore store, Func<ValueTask>? cleanup = null) : IStorageTarget
{
    private IDocumentContainer _container = null!;
    private readonly Dictionary<string, string> _etags = [];

    public async Task SeedAsync(int count)
    {
        await store.InitializeAsync([BenchmarkData.Definition]);
        _container = store.GetContainer(BenchmarkData.Definition.Name);
        for (var i = 0; i < count; i++)
        {
            var stored = await _container.UpsertAsync(BenchmarkData.Document(i));
            _etags[stored.Id] = stored.ETag;
        }
    }

    public async Task<int> PointReadAsync(string id) =>
        (await _container.ReadAsync(BenchmarkData.Tenant, id))!.Body.Count;

    public async Task ReplaceAsync(string id)
    {
        var stored = await _container.ReplaceAsync(BenchmarkData.Document(int.Parse(id[4..], System.Globalization.CultureInfo.InvariantCulture), "replaced"), _etags[id]);
        _etags[id] = stored.ETag;
    }

    public async Task<int> FilteredQueryAsync()
    {
        var query = DocumentQuery.InPartition(BenchmarkData.Tenant).Where(QueryFilter.Equal("status", "approved")).Take(BenchmarkData.MatchCount);
        var page = await _container.QueryAsync(query);
        return page.Documents.Count;
    }

    public async ValueTask DisposeAsync()
    {
        (store as IDisposable)?.Dispose();
        if (cleanup is not null)
        {
            await cleanup();
        }
    }
}
