using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sandbox.Storage.Cosmos;

/// <summary>Moves documents between the store's JSON objects and the SDK's streams.</summary>
internal static class CosmosJson
{
    public static MemoryStream ToStream(JsonObject document, long? timeToLiveSeconds)
    {
        var body = document.DeepClone().AsObject();
        if (timeToLiveSeconds is { } ttl)
        {
            body[Documents.DocumentRules.TimeToLiveProperty] = ttl;
        }

        return new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(body));
    }

    /// <summary>Parses a stored item, taking its ETag and dropping the system properties (<c>_rid</c>, <c>_ts</c>, <c>ttl</c>...).</summary>
    public static (JsonObject Body, string ETag) FromItem(JsonObject item)
    {
        var etag = item["_etag"]?.GetValue<string>() ?? string.Empty;
        var system = item.Select(p => p.Key).Where(k => k.StartsWith('_') || k == Documents.DocumentRules.TimeToLiveProperty).ToArray();
        foreach (var key in system)
        {
            item.Remove(key);
        }

        return (item, etag);
    }

    public static async Task<JsonObject> ReadObjectAsync(Stream stream, CancellationToken cancellationToken) =>
        (await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken))?.AsObject()
        ?? throw new JsonException("Cosmos DB answered with an empty body.");
}
