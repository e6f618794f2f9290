using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Storage.Cosmos;

/// <summary>One container over the SDK's stream API: status codes map to the store's typed errors.</summary>
internal sealed class CosmosDocumentContainer(Container container, ContainerDefinition definition) : IDocumentContainer
{
    public ContainerDefinition Definition { get; } = definition;

    public async Task<StoredDocument> CreateAsync(JsonObject document, WriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (partitionKey, id) = DocumentRules.Identify(Definition, document);
        await using var stream = CosmosJson.ToStream(document, TimeToLiveSeconds(options));
        using var response = await container.CreateItemStreamAsync(stream, new PartitionKey(partitionKey), cancellationToken: cancellationToken);
        return response.StatusCode == HttpStatusCode.Conflict
            ? throw new DocumentConflictException(Definition.Name, partitionKey, id)
            : await WrittenAsync(response, partitionKey, id, cancellationToken);
    }

    public async Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken = default)
    {
        DocumentRules.RequireKey(partitionKey, id);
        using var response = await container.ReadItemStreamAsync(id, new PartitionKey(partitionKey), cancellationToken: cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await WrittenAsync(response, partitionKey, id, cancellationToken);
    }

    public async Task<StoredDocument> ReplaceAsync(JsonObject document, string ifMatchETag, WriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatchETag);
        var (partitionKey, id) = DocumentRules.Identify(Definition, document);
        await using var stream = CosmosJson.ToStream(document, TimeToLiveSeconds(options));
        using var response = await container.ReplaceItemStreamAsync(
            stream, id, new PartitionKey(partitionKey), new ItemRequestOptions { IfMatchEtag = ifMatchETag }, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.NotFound => throw new DocumentNotFoundException(Definition.Name, partitionKey, id),
            HttpStatusCode.PreconditionFailed => throw new DocumentConcurrencyException(Definition.Name, partitionKey, id),
            _ => await WrittenAsync(response, partitionKey, id, cancellationToken),
        };
    }

    public async Task<StoredDocument> UpsertAsync(JsonObject document, WriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (partitionKey, id) = DocumentRules.Identify(Definition, document);
        await using var stream = CosmosJson.ToStream(document, TimeToLiveSeconds(options));
        using var response = await container.UpsertItemStreamAsync(stream, new PartitionKey(partitionKey), cancellationToken: cancellationToken);
        return await WrittenAsync(response, partitionKey, id, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string partitionKey, string id, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        DocumentRules.RequireKey(partitionKey, id);
        var requestOptions = ifMatchETag is null ? null : new ItemRequestOptions { IfMatchEtag = ifMatchETag };
        using var response = await container.DeleteItemStreamAsync(id, new PartitionKey(partitionKey), requestOptions, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.NoContent or HttpStatusCode.OK => true,
            HttpStatusCode.NotFound => false,
            HttpStatusCode.PreconditionFailed => throw new DocumentConcurrencyException(Definition.Name, partitionKey, id),
            _ => throw CosmosErrors.Unexpected(response, Definition.Name),
        };
    }

    public async Task<QueryPage> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        var filters = QueryRules.Validate(Definition, query);
        var continuation = ContinuationTokens.Unwrap(Definition.Name, query);
        var definitionText = CosmosQueryBuilder.Select(Definition, query, filters);
        var documents = new List<StoredDocument>();

        // The service may answer with short or empty pages; keep reading until the page is full.
        do
        {
            var requestOptions = QueryOptions(query.PartitionKey, query.PageSize - documents.Count);
            using var iterator = container.GetItemQueryStreamIterator(definitionText, continuation, requestOptions);
            using var response = await iterator.ReadNextAsync(cancellationToken);
            CosmosErrors.EnsureQuerySucceeded(response, Definition.Name);
            var body = await CosmosJson.ReadObjectAsync(response.Content, cancellationToken);
            foreach (var item in body["Documents"]?.AsArray() ?? [])
            {
                documents.Add(ToStored(item!.AsObject()));
            }

            continuation = response.ContinuationToken;
        }
        while (continuation is not null && documents.Count < query.PageSize);

        var token = continuation is null ? null : ContinuationTokens.Wrap(Definition.Name, query, continuation);
        return new QueryPage(documents, token);
    }

    public async Task<long> CountAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        var filters = QueryRules.Validate(Definition, query);
        using var iterator = container.GetItemQueryIterator<long>(
            CosmosQueryBuilder.Count(Definition, query, filters), requestOptions: QueryOptions(query.PartitionKey, maxItemCount: null));
        long count = 0;
        try
        {
            while (iterator.HasMoreResults)
            {
                count += (await iterator.ReadNextAsync(cancellationToken)).Sum();
            }
        }
        catch (CosmosException ex) when (ex.StatusCode == HttpStatusCode.BadRequest)
        {
            throw new InvalidQueryException($"Cosmos DB refused the count on '{Definition.Name}': {ex.Message}");
        }

        return count;
    }

    private static QueryRequestOptions QueryOptions(string? partitionKey, int? maxItemCount) => new()
    {
        PartitionKey = partitionKey is null ? null : new PartitionKey(partitionKey),
        MaxItemCount = maxItemCount ?? -1,
    };

    private long? TimeToLiveSeconds(WriteOptions? options)
    {
        if (options?.TimeToLive == Timeout.InfiniteTimeSpan)
        {
            return -1;
        }

        // Validates the value; the container default applies on the server when none is given.
        var ttl = DocumentRules.EffectiveTimeToLive(Definition, options);
        return options?.TimeToLive is null || ttl is null ? null : (long)Math.Ceiling(ttl.Value.TotalSeconds);
    }

    private async Task<StoredDocument> WrittenAsync(ResponseMessage response, string partitionKey, string id, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw CosmosErrors.Unexpected(response, Definition.Name);
        }

        var item = await CosmosJson.ReadObjectAsync(response.Content, cancellationToken);
        var (body, etag) = CosmosJson.FromItem(item);
        return new StoredDocument(id, partitionKey, body, response.Headers.ETag ?? etag);
    }

    private StoredDocument ToStored(JsonObject item)
    {
        var (partitionKey, id) = (ReadKey(item, Definition.PartitionKey), ReadKey(item, FieldPath.Id));
        var (body, etag) = CosmosJson.FromItem(item);
        return new StoredDocument(id, partitionKey, body, etag);
    }

    private static string ReadKey(JsonObject item, FieldPath path)
    {
        JsonNode? node = item;
        foreach (var segment in path.Segments)
        {
            node = node?[segment];
        }

        return node?.GetValue<string>() ?? string.Empty;
    }
}
