using System.Globalization;
using Sandbox.Domain.Screening;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Applications.Screening;

public sealed partial class ScreeningListImporter
{
    private async Task WriteAsync(string list, ScreeningListDiff diff, string importId, ScreeningListLease lease, CancellationToken cancellationToken)
    {
        if (diff.IsEmpty)
        {
            return;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.ImportParallelism, CancellationToken = cancellationToken };
        var at = time.GetUtcNow();
        var failed = false;
        try
        {
            await Parallel.ForEachAsync(diff.Upserts, parallel, async (item, token) =>
            {
                await lease.RenewIfDueAsync(token);
                await entries.UpsertAsync(ScreeningEntry.From(item.Party, item.Hash, importId, at), cancellationToken: token);
            });
            await Parallel.ForEachAsync(diff.Deletes, parallel, async (id, token) =>
            {
                await lease.RenewIfDueAsync(token);
                await entries.DeleteAsync(list, id, cancellationToken: token);
            });
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            // Even a failed import may have written some entries: every node must screen what the store now holds.
            // When the store is failing, the import's own error is the one worth reporting.
            try
            {
                await screening.ListsChangedAsync($"import {importId} of {list}", CancellationToken.None);
            }
            catch (Exception) when (failed)
            {
                // Keep the write's error.
            }
        }
    }

    private void RefuseMassRemoval(string list, int storedCount, ScreeningListDiff diff, bool allowMassRemoval)
    {
        var share = storedCount == 0 ? 0 : (double)diff.Deletes.Count / storedCount;
        if (allowMassRemoval || share <= options.Value.MaxRemovedShare)
        {
            return;
        }

        throw new ScreeningImportRefusedException(string.Create(CultureInfo.InvariantCulture,
            $"The file would remove {diff.Deletes.Count} of the {storedCount} stored entries of '{list}' ({share:P0}, more than the {options.Value.MaxRemovedShare:P0} allowed); if it is complete, import it again allowing mass removal."));
    }

    private async Task<Dictionary<string, ScreeningEntry>> ReadStoredAsync(string list, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, ScreeningEntry>(StringComparer.Ordinal);
        await foreach (var entry in entries.QueryAllAsync(DocumentQuery.InPartition(list).Take(DocumentQuery.MaxPageSize), cancellationToken))
        {
            stored[entry.Value.Id] = entry.Value;
        }

        return stored;
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ScreeningListFormatException(0, string.Create(CultureInfo.InvariantCulture, $"The file is larger than the {maxBytes:N0} bytes accepted."));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
