namespace Sandbox.Storage.Errors;

/// <summary>The document changed since the caller read it: the ETag it sent is stale.</summary>
public sealed class DocumentConcurrencyException(string container, string partitionKey, string id)
    : DocumentStoreException($"Document '{id}' in partition '{partitionKey}' of '{container}' was changed by someone else; read it again and retry.")
{
    public string Container { get; } = container;

    public string PartitionKey { get; } = partitionKey;

    public string Id { get; } = id;
}
