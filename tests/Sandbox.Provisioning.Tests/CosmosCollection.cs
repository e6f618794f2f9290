using Sandbox.Testing.Cosmos;

namespace Sandbox.Provisioning.Tests;

[CollectionDefinition(Name)]
public sealed class CosmosCollection : ICollectionFixture<CosmosServerFixture>
{
    public const string Name = "cosmos";
}
