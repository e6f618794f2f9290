using Sandbox.Storage.Documents;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;

namespace Sandbox.Storage.Cosmos.Tests;

/// <summary>
/// The store contract on the Cosmos provider through the real SDK. Cosmos applies time to live
/// on the server's own clock, so expiry here waits for real time to pass.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosDocumentStoreContractTests(CosmosServerFixture fixture) : DocumentStoreContract
{
    private readonly string _database = "contract-" + Guid.NewGuid().ToString("N")[..8];

    protected override IDocumentStore CreateStore() => TestStores.Cosmos(fixture.Server, _database);

    protected override Task LetTimePassAsync(TimeSpan span) => Task.Delay(span);
}
