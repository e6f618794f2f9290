using Sandbox.Storage.Documents;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;

namespace Sandbox.Identity.Tests.OpenIddict;

/// <summary>The OpenIddict stores on the Cosmos provider through the real SDK, a fresh database per test.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosOpenIddictStoreTests(CosmosServerFixture fixture) : OpenIddictStoreTests
{
    protected override IDocumentStore CreateStore() => TestStores.Cosmos(fixture.Server);
}
