using Sandbox.Testing.Cosmos;

namespace Sandbox.Applications.Tests;

[CollectionDefinition(Name)]
public sealed class CosmosCollection : ICollectionFixture<CosmosServerFixture>
{
    public const string Name = "cosmos";
}
