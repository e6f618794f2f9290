using System.Text.Json.Nodes;
using Sandbox.Storage.Errors;

namespace Sandbox.Storage.Documents;

/// <summary>Validation every provider applies before it writes, so both accept and refuse the same documents.</summary>
public static class DocumentRules
{
    /// <summary>Cosmos reserves this property for time to live; the store sets it from <see cref="WriteOptions"/>.</summary>
    public const string TimeToLiveProperty = "ttl";

    private static readonly char[] ForbiddenIdCharacters = ['/', '\\', '?', '#'];

    public static (string PartitionKey, string Id) Identify(ContainerDefinition definition, JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = RequireString(document, FieldPath.Id, "id");
        if (id.IndexOfAny(ForbiddenIdCharacters) >= 0 || id.Length > 255)
        {
            throw new InvalidDocumentException($"The id '{id}' must be at most 255 characters and contain none of / \\ ? #.");
        }

        var partitionKey = RequireString(document, definition.PartitionKey, "partition key");
        foreach (var property in document)
        {
            if (property.Key.StartsWith('_') || property.Key == TimeToLiveProperty)
            {
                throw new InvalidDocumentException($"The property '{property.Key}' is reserved for the store.");
            }
        }

        return (partitionKey, id);
    }

    public static void RequireKey(string partitionKey, string id)
    {
        if (string.IsNullOrEmpty(partitionKey) || string.IsNullOrEmpty(id))
        {
            throw new InvalidDocumentException("Both the partition key and the id are required.");
        }
    }

    /// <summary>The time to live that applies to a write, or null for none.</summary>
    public static TimeSpan? EffectiveTimeToLive(ContainerDefinition definition, WriteOptions? options)
    {
        var ttl = options?.TimeToLive ?? definition.DefaultTimeToLive;
        if (ttl == Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        if (ttl is { } value && value < TimeSpan.FromSeconds(1))
        {
            throw new InvalidDocumentException("A time to live must be at least one second.");
        }

        return ttl;
    }

    private static string RequireString(JsonObject document, FieldPath path, string what)
    {
        JsonNode? node = document;
        foreach (var segment in path.Segments)
        {
            node = node is JsonObject parent && parent.TryGetPropertyValue(segment, out var child) ? child : null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0)
        {
            return text;
        }

        throw new InvalidDocumentException($"The document needs a non-empty string {what} at '{path}'.");
    }
}
