using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sandbox.Domain.Sandboxes;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Provisioning.Gateway;

/// <summary>
/// Reads a dataset's rows from the sandbox's partition. Provisioned data never changes, so each node keeps recently
/// used datasets in memory (bounded by rows); the environment's status is checked on every request before this.
/// </summary>
public sealed class SandboxData(DocumentSet<DataChunk> chunks, IOptions<ProvisioningOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.RowCacheRows });
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<object?[]>>>> _loading = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<object?[]>> RowsAsync(SandboxEnvironment environment, SandboxDataset dataset, CancellationToken cancellationToken)
    {
        var key = $"sandbox-rows:{environment.Id}:{environment.TemplateVersion}:{dataset.Recipe.Name}";
        if (_cache.TryGetValue(key, out IReadOnlyList<object?[]>? cached) && cached is not null)
        {
            return cached;
        }

        // Concurrent misses wait for one load instead of each reading every chunk.
        var loading = _loading.GetOrAdd(key, _ => new Lazy<Task<IReadOnlyList<object?[]>>>(() => LoadAsync(environment, dataset, key)));
        try
        {
            return await loading.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            if (loading.Value.IsCompleted)
            {
                _loading.TryRemove(new KeyValuePair<string, Lazy<Task<IReadOnlyList<object?[]>>>>(key, loading));
            }
        }
    }

    private async Task<IReadOnlyList<object?[]>> LoadAsync(SandboxEnvironment environment, SandboxDataset dataset, string key)
    {
        var fields = dataset.Recipe.Fields;
        var rows = new List<object?[]>(dataset.Recipe.RowCount);
        var query = DocumentQuery.InPartition(environment.Id).Where(QueryFilter.Equal("dataset", dataset.Recipe.Name)).Sorted(SortOrder.Ascending("id")).Take(DocumentQuery.MaxPageSize);
        await foreach (var chunk in chunks.QueryAllAsync(query, CancellationToken.None))
        {
            foreach (var stored in chunk.Value.Rows)
            {
                var row = new object?[fields.Count];
                for (var i = 0; i < fields.Count && i < stored.Length; i++)
                {
                    row[i] = DatasetValues.Read(stored[i], fields[i].Type);
                }

                rows.Add(row);
            }
        }

        if (rows.Count != dataset.Recipe.RowCount)
        {
            throw new InvalidOperationException($"Dataset {dataset.Recipe.Name} of {environment.Id} has {rows.Count} rows stored, {dataset.Recipe.RowCount} expected.");
        }

        _cache.Set(key, (IReadOnlyList<object?[]>)rows, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10), Size = rows.Count });
        return rows;
    }

    public void Forget(SandboxEnvironment environment)
    {
        foreach (var dataset in environment.Datasets)
        {
            _cache.Remove($"sandbox-rows:{environment.Id}:{environment.TemplateVersion}:{dataset.Recipe.Name}");
        }
    }

    public void Dispose() => _cache.Dispose();
}
