using Sandbox.Applications.Screening;
using Sandbox.Licensing.Exchange;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;

namespace Sandbox.Licensing.Tests.Exchange;

/// <summary>The import on Cosmos DB (the local server): the same records, idempotent, found by the "no undercut" query.</summary>
[Collection(ExchangeCosmosCollection.Name)]
public sealed class CosmosAlliedExchangeTests(CosmosServerFixture cosmos)
{
    [Fact]
    public async Task An_export_imported_twice_on_Cosmos_records_the_denials_once_and_they_are_in_force()
    {
        await using var ally = await LicensingTestHost.StartAsync(store: TestStores.Cosmos(cosmos.Server, "exchange-" + Guid.NewGuid().ToString("N")[..8]));
        var importer = ally.Get<AlliedExchangeImporter>();
        var json = AlliedExchangeBuilder.ToJson(ExchangeSamples.Build());

        var first = await importer.ImportAsync(json, "client:nl");
        var second = await importer.ImportAsync(json, "client:nl");

        Assert.Equal((3, 0), (first.Added, first.Unchanged));
        Assert.Equal((0, 3), (second.Added, second.Unchanged));
        Assert.Equal(2, (await ally.Get<AlliedDenialRegistry>().ListAsync()).Count);
        Assert.Equal("Orion Dynamics Trading LLC", Assert.Single(await ally.Get<AlliedDenialRegistry>().FindInForceAsync("5D001.a", "AE")).DeniedPartyName);
    }
}
