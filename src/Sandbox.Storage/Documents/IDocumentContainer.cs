using System.Text.Json.Nodes;
using Sandbox.Storage.Queries;

namespace Sandbox.Storage.Documents;

/// <summary>
/// One named container of JSON documents, each identified by its partition key and id.
/// Every provider implements exactly these semantics; the contract test suite holds them to it.
/// </summary>
public interface IDocumentContainer
{
    ContainerDefinition Definition { get; }

    /// <summary>Stores a new document. Throws <see cref="Errors.DocumentConflictException"/> when the id is taken in its partition.</summary>
    Task<StoredDocument> CreateAsync(JsonObject document, WriteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one document; null when it does not exist or has expired.</summary>
    Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a document only if it still has <paramref name="ifMatchETag"/>: a stale ETag throws
    /// <see cref="Errors.DocumentConcurrencyException"/>, a missing document <see cref="Errors.DocumentNotFoundException"/>.
    /// </summary>
    Task<StoredDocument> ReplaceAsync(JsonObject document, string ifMatchETag, WriteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates or overwrites a document, whatever version is stored.</summary>
    Task<StoredDocument> UpsertAsync(JsonObject document, WriteOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a document; false when there was none. With <paramref name="ifMatchETag"/> a stale
    /// ETag throws <see cref="Errors.DocumentConcurrencyException"/> and nothing is deleted.
    /// </summary>
    Task<bool> DeleteAsync(string partitionKey, string id, string? ifMatchETag = null, CancellationToken cancellationToken = default);

    Task<QueryPage> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default);

    /// <summary>Counts the documents matching the query's partition and filters (sort and paging are ignored).</summary>
    Task<long> CountAsync(DocumentQuery query, CancellationToken cancellationToken = default);
}
