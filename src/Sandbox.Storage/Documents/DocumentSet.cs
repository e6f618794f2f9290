using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Storage.Documents;

/// <summary>
/// Typed access to one container: serializes <typeparamref name="T"/> with <see cref="StorageJson.Options"/>.
/// <typeparamref name="T"/> must serialize an <c>id</c> and the container's partition key.
/// </summary>
public sealed class DocumentSet<T>(IDocumentContainer container)
    where T : class
{
    public IDocumentContainer Container { get; } = container;

    public async Task<Versioned<T>> CreateAsync(T value, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
        ToVersioned(await Container.CreateAsync(ToJson(value), options, cancellationToken));

    public async Task<Versioned<T>?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken = default) =>
        await Container.ReadAsync(partitionKey, id, cancellationToken) is { } stored ? ToVersioned(stored) : null;

    public async Task<Versioned<T>> ReplaceAsync(T value, string ifMatchETag, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
        ToVersioned(await Container.ReplaceAsync(ToJson(value), ifMatchETag, options, cancellationToken));

    public async Task<Versioned<T>> UpsertAsync(T value, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
        ToVersioned(await Container.UpsertAsync(ToJson(value), options, cancellationToken));

    public Task<bool> DeleteAsync(string partitionKey, string id, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
        Container.DeleteAsync(partitionKey, id, ifMatchETag, cancellationToken);

    public async Task<TypedPage<T>> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        var page = await Container.QueryAsync(query, cancellationToken);
        return new TypedPage<T>(page.Documents.Select(ToVersioned).ToArray(), page.ContinuationToken);
    }

    /// <summary>Every match, page after page, following the continuation tokens.</summary>
    public async IAsyncEnumerable<Versioned<T>> QueryAllAsync(DocumentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var token = query.ContinuationToken;
        do
        {
            var page = await QueryAsync(query.After(token), cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
    }

    public Task<long> CountAsync(DocumentQuery query, CancellationToken cancellationToken = default) =>
        Container.CountAsync(query, cancellationToken);

    private static JsonObject ToJson(T value) =>
        JsonSerializer.SerializeToNode(value, StorageJson.Options) as JsonObject
        ?? throw new InvalidDocumentException($"A {typeof(T).Name} must serialize to a JSON object.");

    private static Versioned<T> ToVersioned(StoredDocument stored) =>
        new(stored.Body.Deserialize<T>(StorageJson.Options)
            ?? throw new InvalidDocumentException($"Document '{stored.Id}' is not a {typeof(T).Name}."), stored.ETag);
}
