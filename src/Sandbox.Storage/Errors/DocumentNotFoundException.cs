namespace Sandbox.Storage.Errors;

/// <summary>A replace targeted a document that does not exist (or has expired).</summary>
public sealed class DocumentNotFoundException(string container, string partitionKey, string id)
    : DocumentStoreException($"Document '{id}' does not exist in partition '{partitionKey}' of '{container}'.")
{
    public string Container { get; } = container;

    public string PartitionKey { get; } = partitionKey;

    public string Id { get; } = id;
}
