using System.Collections.Concurrent;
using System.Net;
using Microsoft.Azure.Cosmos;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Storage.Cosmos;

/// <summary>
/// Containers in one Cosmos DB database, reached through the official SDK. Only operations that
/// also work on the official emulator are used: no batch, bulk, stored procedures or GROUP BY.
/// </summary>
public sealed class CosmosDocumentStore : IDocumentStore, IDisposable
{
    private readonly CosmosClient _client;
    private readonly string _databaseName;
    private readonly ConcurrentDictionary<string, CosmosDocumentContainer> _containers = new(StringComparer.Ordinal);

    public CosmosDocumentStore(CosmosStorageOptions options, Action<CosmosClientOptions>? configureClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _databaseName = options.Database;
        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "Sandbox",
            ConnectionMode = Enum.Parse<ConnectionMode>(options.ConnectionMode),
            MaxRetryAttemptsOnRateLimitedRequests = options.MaxRetryAttemptsOnRateLimitedRequests,
            MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(options.MaxRetryWaitSeconds),
            EnableContentResponseOnWrite = true,
        };
        configureClient?.Invoke(clientOptions);
        try
        {
            _client = string.IsNullOrWhiteSpace(options.ConnectionString)
                ? new CosmosClient(options.Endpoint, options.Key, clientOptions)
                : new CosmosClient(options.ConnectionString, clientOptions);
        }
        catch (ArgumentException ex)
        {
            throw new StoreUnavailableException($"The Cosmos DB settings are not usable: {ex.Message}", ex);
        }

        Endpoint = _client.Endpoint;
    }

    public string ProviderName => "Cosmos";

    public Uri Endpoint { get; }

    public async Task InitializeAsync(IReadOnlyCollection<ContainerDefinition> containers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(containers);
        try
        {
            var database = (await _client.CreateDatabaseIfNotExistsAsync(_databaseName, cancellationToken: cancellationToken)).Database;
            foreach (var definition in containers)
            {
                var properties = new ContainerProperties(definition.Name, definition.PartitionKeyPath)
                {
                    // -1 turns TTL on without a default, so per-document ttl values take effect.
                    DefaultTimeToLive = definition.DefaultTimeToLive is { } ttl ? (int)Math.Ceiling(ttl.TotalSeconds) : -1,
                };
                foreach (var composite in definition.CompositeIndexes)
                {
                    properties.IndexingPolicy.CompositeIndexes.Add(
                        new System.Collections.ObjectModel.Collection<CompositePath>([.. composite.Select(f => new CompositePath { Path = "/" + f.Value.Replace('.', '/'), Order = CompositePathSortOrder.Ascending })]));
                }
                var container = (await database.CreateContainerIfNotExistsAsync(properties, cancellationToken: cancellationToken)).Container;
                _containers[definition.Name] = new CosmosDocumentContainer(container, definition);
            }
        }
        catch (Exception ex) when (ex is CosmosException or HttpRequestException)
        {
            throw Unavailable("cannot be prepared", ex);
        }
    }

    public IDocumentContainer GetContainer(string name) =>
        _containers.TryGetValue(name, out var container)
            ? container
            : throw new InvalidOperationException($"Container '{name}' was not declared; add its ContainerDefinition to the storage registration.");

    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await _client.GetDatabase(_databaseName).ReadStreamAsync(cancellationToken: cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new StoreUnavailableException($"Cosmos DB at {Endpoint} answered {(int)response.StatusCode} for database '{_databaseName}'.");
            }
        }
        catch (Exception ex) when (ex is CosmosException or HttpRequestException)
        {
            throw Unavailable("does not answer", ex);
        }
    }

    public void Dispose() => _client.Dispose();

    private StoreUnavailableException Unavailable(string what, Exception ex)
    {
        var reason = ex is CosmosException cosmos ? $"{(int)cosmos.StatusCode} {cosmos.StatusCode}" : ex.Message;
        return new StoreUnavailableException($"Cosmos DB at {Endpoint} (database '{_databaseName}') {what}: {reason}.", ex);
    }
}
