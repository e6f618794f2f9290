using Sandbox.Testing.Cosmos;

namespace Sandbox.Oversight.Tests.ExitReports;

[CollectionDefinition(Name)]
public sealed class ExitReportCosmosCollection : ICollectionFixture<CosmosServerFixture>
{
    public const string Name = "exit-cosmos";
}
