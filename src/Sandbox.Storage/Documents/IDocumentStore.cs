namespace Sandbox.Storage.Documents;

/// <summary>A provider of document containers: the embedded SQLite file or a Cosmos DB account.</summary>
public interface IDocumentStore
{
    /// <summary>Short name shown in health output and logs: <c>Sqlite</c> or <c>Cosmos</c>.</summary>
    string ProviderName { get; }

    /// <summary>Creates whatever is missing (schema, database, containers). Safe to call again.</summary>
    Task InitializeAsync(IReadOnlyCollection<ContainerDefinition> containers, CancellationToken cancellationToken = default);

    /// <summary>A container declared to <see cref="InitializeAsync"/>.</summary>
    IDocumentContainer GetContainer(string name);

    /// <summary>Asks the store a trivial question; throws <see cref="Errors.StoreUnavailableException"/> when it does not answer.</summary>
    Task PingAsync(CancellationToken cancellationToken = default);
}
