using System.Text.Json;
using Sandbox.Domain.Sandboxes;
using Sandbox.Provisioning.Environments;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Provisioning.Provisioning;

/// <summary>
/// Writes a dataset into the sandbox's partition chunk by chunk. Chunk ids are fixed by dataset and number and rows
/// depend only on the recipe, so writing again replaces rather than adds; chunks past the dataset's end are removed.
/// </summary>
public sealed class DatasetWriter(DocumentSet<DataChunk> chunks)
{
    /// <param name="stored">Told after each chunk is stored, with a step name such as <c>chunk:flows:3</c>.</param>
    public async Task WriteAsync(SandboxEnvironment environment, SandboxDataset dataset, Action<string> stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stored);
        for (var chunk = 0; chunk < dataset.ChunkCount; chunk++)
        {
            var from = chunk * dataset.ChunkSize;
            var count = Math.Min(dataset.ChunkSize, dataset.Recipe.RowCount - from);
            var rows = SyntheticDataGenerator.Generate(dataset.Recipe, from, count).Select(row => row.Select(v => JsonSerializer.SerializeToElement(v)).ToArray()).ToList();
            await chunks.UpsertAsync(new DataChunk(DataChunk.IdOf(dataset.Recipe.Name, chunk), environment.Id, dataset.Recipe.Name, chunk, from, rows), cancellationToken: cancellationToken);
            stored($"chunk:{dataset.Recipe.Name}:{chunk}");
        }

        await DeleteAsync(environment.Id, dataset.Recipe.Name, fromChunk: dataset.ChunkCount, cancellationToken);
    }

    /// <summary>Deletes the chunks of a dataset from <paramref name="fromChunk"/> on (all of them from 0); returns how many.</summary>
    public async Task<int> DeleteAsync(string sandboxId, string? dataset, int fromChunk, CancellationToken cancellationToken)
    {
        var query = DocumentQuery.InPartition(sandboxId).Take(DocumentQuery.MaxPageSize);
        if (dataset is not null)
        {
            query = query.Where(QueryFilter.Equal("dataset", dataset));
        }

        var doomed = await chunks.QueryAllAsync(query, cancellationToken).Select(c => c.Value).Where(c => c.Chunk >= fromChunk).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var chunk in doomed)
        {
            deleted += await chunks.DeleteAsync(sandboxId, chunk.Id, cancellationToken: cancellationToken) ? 1 : 0;
        }

        return deleted;
    }
}
