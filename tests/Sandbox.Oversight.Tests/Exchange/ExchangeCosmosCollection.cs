using Sandbox.Testing.Cosmos;

namespace Sandbox.Oversight.Tests.Exchange;

[CollectionDefinition(Name)]
public sealed class ExchangeCosmosCollection : ICollectionFixture<CosmosServerFixture>
{
    public const string Name = "exchange-cosmos";
}
