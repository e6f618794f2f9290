using System.Runtime.CompilerServices;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;
using static OpenIddict.Abstractions.OpenIddictExceptions;

namespace Sandbox.Identity.OpenIddict;

/// <summary>Reads and writes of OpenIddict documents: ETags kept on the entity, store errors mapped to OpenIddict's.</summary>
internal static class OidcDocumentSets
{
    public static T Loaded<T>(this Versioned<T> versioned)
        where T : OidcDocument
    {
        versioned.Value.Stored(versioned.ETag);
        return versioned.Value;
    }

    public static async ValueTask<T?> FindAsync<T>(this DocumentSet<T> set, string id, CancellationToken cancellationToken)
        where T : OidcDocument
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return (await set.ReadAsync(id, id, cancellationToken))?.Loaded();
    }

    /// <summary>Every match of <paramref name="query"/>, read page by page with continuation tokens.</summary>
    public static async IAsyncEnumerable<T> StreamAsync<T>(
        this DocumentSet<T> set, DocumentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : OidcDocument
    {
        await foreach (var item in set.QueryAllAsync(query, cancellationToken))
        {
            yield return item.Loaded();
        }
    }

    public static IAsyncEnumerable<T> StreamAllAsync<T>(this DocumentSet<T> set, CancellationToken cancellationToken)
        where T : OidcDocument =>
        set.StreamAsync(DocumentQuery.AcrossPartitions().Take(DocumentQuery.MaxPageSize), cancellationToken);

    /// <summary>
    /// Every document in memory, for the LINQ-based members the contract cannot translate.
    /// </summary>
    public static async Task<IQueryable<T>> LoadAllAsync<T>(this DocumentSet<T> set, CancellationToken cancellationToken)
        where T : OidcDocument
    {
        var all = new List<T>();
        await foreach (var item in set.StreamAllAsync(cancellationToken))
        {
            all.Add(item);
        }

        return all.AsQueryable();
    }

    /// <summary>Count/offset listing in id order. The contract has no OFFSET, so skipped entries are read and dropped.</summary>
    public static async IAsyncEnumerable<T> ListAsync<T>(
        this DocumentSet<T> set, int? count, int? offset, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : OidcDocument
    {
        var skip = offset ?? 0;
        var remaining = count ?? int.MaxValue;
        ArgumentOutOfRangeException.ThrowIfNegative(skip, nameof(offset));
        ArgumentOutOfRangeException.ThrowIfNegative(remaining, nameof(count));
        if (remaining == 0)
        {
            yield break;
        }

        var pageSize = (int)Math.Min(DocumentQuery.MaxPageSize, (long)skip + remaining);
        var query = DocumentQuery.AcrossPartitions().Sorted(SortOrder.Ascending(FieldPath.Id.Value)).Take(pageSize);
        await foreach (var item in set.StreamAsync(query, cancellationToken))
        {
            if (skip > 0)
            {
                skip--;
                continue;
            }

            yield return item;
            if (--remaining == 0)
            {
                yield break;
            }
        }
    }

    public static async ValueTask InsertAsync<T>(this DocumentSet<T> set, T document, WriteOptions? options, CancellationToken cancellationToken)
        where T : OidcDocument
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            document.Stored((await set.CreateAsync(document, options, cancellationToken)).ETag);
        }
        catch (DocumentConflictException ex)
        {
            throw new ConcurrencyException($"A {typeof(T).Name} with id '{document.Id}' already exists.", ex);
        }
    }

    /// <summary>Replaces the version the entity was read as; anything else is OpenIddict's concurrency error.</summary>
    public static async ValueTask UpdateAsync<T>(this DocumentSet<T> set, T document, WriteOptions? options, CancellationToken cancellationToken)
        where T : OidcDocument
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            document.Stored((await set.ReplaceAsync(document, RequireETag(document), options, cancellationToken)).ETag);
        }
        catch (Exception ex) when (ex is DocumentConcurrencyException or DocumentNotFoundException)
        {
            throw Stale(document, ex);
        }
    }

    public static async ValueTask RemoveAsync<T>(this DocumentSet<T> set, T document, CancellationToken cancellationToken)
        where T : OidcDocument
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            if (!await set.DeleteAsync(document.Id, document.Id, RequireETag(document), cancellationToken))
            {
                throw Stale(document, inner: null);
            }
        }
        catch (DocumentConcurrencyException ex)
        {
            throw Stale(document, ex);
        }
    }

    private static string RequireETag<T>(T document)
        where T : OidcDocument =>
        document.ETag ?? throw new ConcurrencyException($"The {typeof(T).Name} '{document.Id}' was never read from the store; read it before changing it.");

    private static ConcurrencyException Stale<T>(T document, Exception? inner)
        where T : OidcDocument
    {
        var message = $"The {typeof(T).Name} '{document.Id}' was changed or removed since it was read; reload it and retry.";
        return inner is null ? new ConcurrencyException(message) : new ConcurrencyException(message, inner);
    }
}
