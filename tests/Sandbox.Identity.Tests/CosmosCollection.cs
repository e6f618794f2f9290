using Sandbox.Testing.Cosmos;

namespace Sandbox.Identity.Tests;

[CollectionDefinition(Name)]
public sealed class CosmosCollection : ICollectionFixture<CosmosServerFixture>
{
    public const string Name = "Cosmos server";
}
