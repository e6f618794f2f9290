using Sandbox.Testing.Cosmos;

namespace Sandbox.Oversight.Tests.Misuse;

[CollectionDefinition(Name)]
public sealed class MisuseCosmosCollection : ICollectionFixture<CosmosServerFixture>
{
    public const string Name = "misuse-cosmos";
}
