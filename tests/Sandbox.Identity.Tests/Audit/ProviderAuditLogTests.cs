using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;

namespace Sandbox.Identity.Tests.Audit;

public sealed class SqliteAuditLogTests : AuditLogTests, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override IDocumentStore CreateStore() => TestStores.Sqlite(_folder, Time);

    public void Dispose() => _folder.Dispose();
}

/// <summary>The same tests through the real Cosmos SDK, a fresh database per test.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosAuditLogTests(CosmosServerFixture fixture) : AuditLogTests
{
    protected override IDocumentStore CreateStore() => TestStores.Cosmos(fixture.Server);
}
