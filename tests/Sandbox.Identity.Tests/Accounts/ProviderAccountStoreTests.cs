using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;

namespace Sandbox.Identity.Tests.Accounts;

public sealed class SqliteAccountStoreTests : AccountStoreTests
{
    private readonly TemporaryFolder _folder = new();

    protected override IDocumentStore CreateStore() => TestStores.Sqlite(_folder, Time);

    protected override IDocumentStore CreateStoreForSecondNode() => TestStores.Sqlite(_folder, Time);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}

[Collection(CosmosCollection.Name)]
public sealed class CosmosAccountStoreTests(CosmosServerFixture fixture) : AccountStoreTests
{
    private readonly string _database = "accounts-" + Guid.NewGuid().ToString("N")[..8];

    protected override IDocumentStore CreateStore() => TestStores.Cosmos(fixture.Server, _database);

    protected override IDocumentStore CreateStoreForSecondNode() => TestStores.Cosmos(fixture.Server, _database);
}
