using Sandbox.Testing.Cosmos;
using Xunit;

namespace Sandbox.Oversight.Tests.Transparency;

[CollectionDefinition(Name)]
public sealed class TransparencyCosmosCollection : ICollectionFixture<CosmosServerFixture>
{
    public const string Name = "transparency-cosmos";
}
