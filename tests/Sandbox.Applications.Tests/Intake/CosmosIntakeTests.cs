using Sandbox.Storage.Documents;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;

namespace Sandbox.Applications.Tests.Intake;

[Collection(CosmosCollection.Name)]
public sealed class CosmosIntakeTests(CosmosServerFixture cosmos) : IntakeTests
{
    protected override IDocumentStore CreateStore() => TestStores.Cosmos(cosmos.Server);
}
