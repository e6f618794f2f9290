using System.Text.Json.Nodes;

namespace Sandbox.Storage.Documents;

/// <summary>A document as the store holds it, with the ETag of this exact version.</summary>
public sealed record StoredDocument(string Id, string PartitionKey, JsonObject Body, string ETag);
