namespace Sandbox.Storage.Errors;

/// <summary>A create found a document with the same id in the same partition.</summary>
public sealed class DocumentConflictException(string container, string partitionKey, string id)
    : DocumentStoreException($"A document with id '{id}' already exists in partition '{partitionKey}' of '{container}'.")
{
    public string Container { get; } = container;

    public string PartitionKey { get; } = partitionKey;

    public string Id { get; } = id;
}
