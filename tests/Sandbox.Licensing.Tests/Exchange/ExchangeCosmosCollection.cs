using Sandbox.Testing.Cosmos;

namespace Sandbox.Licensing.Tests.Exchange;

/// <summary>One local Cosmos server for the exchange tests on Cosmos.</summary>
[CollectionDefinition(Name)]
public sealed class ExchangeCosmosCollection : ICollectionFixture<CosmosServerFixture>
{
    public const string Name = "licensing-exchange-cosmos";
}
