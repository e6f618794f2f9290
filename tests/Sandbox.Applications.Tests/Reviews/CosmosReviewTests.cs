using Sandbox.Storage.Documents;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;

namespace Sandbox.Applications.Tests.Reviews;

[Collection(CosmosCollection.Name)]
public sealed class CosmosReviewTests(CosmosServerFixture cosmos) : ReviewTests
{
    protected override IDocumentStore CreateStore() => TestStores.Cosmos(cosmos.Server);
}
