using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;
using static OpenIddict.Abstractions.OpenIddictExceptions;

namespace Sandbox.Identity.OpenIddict;

/// <summary>
/// Set-wide changes (revoke, prune, cascades). The contract has no bulk update or delete, so each
/// is a query followed by one ETag-guarded write per document.
/// </summary>
internal static class OidcBulkOperations
{
    private const int MaxRounds = 3;

    /// <summary>
    /// Deletes what <paramref name="query"/> matches and returns how many documents this call removed.
    /// Each round re-reads the first page, since deleted documents no longer match; a document
    /// changed after it was read is left alone, for a later run to judge again.
    /// </summary>
    public static async Task<long> DeleteMatchingAsync<T>(
        this DocumentSet<T> set, DocumentQuery query, Func<T, CancellationToken, Task>? deleted, CancellationToken cancellationToken)
        where T : OidcDocument
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var count = 0L;
        while (true)
        {
            var page = await set.QueryAsync(query.Take(DocumentQuery.MaxPageSize), cancellationToken);
            var progress = false;
            foreach (var item in page.Items.Where(item => !changed.Contains(item.Value.Id)))
            {
                var document = item.Loaded();
                try
                {
                    if (await set.DeleteAsync(document.Id, document.Id, item.ETag, cancellationToken))
                    {
                        count++;
                        if (deleted is not null)
                        {
                            await deleted(document, cancellationToken);
                        }
                    }

                    progress = true;
                }
                catch (DocumentConcurrencyException)
                {
                    changed.Add(document.Id);
                }
            }

            if (!progress || page.ContinuationToken is null)
            {
                return count;
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to what <paramref name="query"/> matches. The query must stop
    /// matching a changed document (revocations filter on the status they set), so a document that
    /// changed meanwhile is simply found again by the next round if it still matches.
    /// </summary>
    public static async Task<long> UpdateMatchingAsync<T>(
        this DocumentSet<T> set, DocumentQuery query, Action<T> change, Func<T, WriteOptions?> options, CancellationToken cancellationToken)
        where T : OidcDocument
    {
        var count = 0L;
        for (var round = 0; round < MaxRounds; round++)
        {
            var matches = new List<T>();
            await foreach (var document in set.StreamAsync(query.Take(DocumentQuery.MaxPageSize), cancellationToken))
            {
                matches.Add(document);
            }

            var conflicts = 0;
            foreach (var document in matches)
            {
                change(document);
                try
                {
                    await set.ReplaceAsync(document, document.ETag!, options(document), cancellationToken);
                    count++;
                }
                catch (DocumentConcurrencyException)
                {
                    conflicts++;
                }
                catch (DocumentNotFoundException)
                {
                    // Deleted meanwhile: nothing left to change.
                }
            }

            if (conflicts == 0)
            {
                return count;
            }
        }

        throw new ConcurrencyException($"Some {typeof(T).Name} entries kept changing while they were updated; retry the operation.");
    }
}
