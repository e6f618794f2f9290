using System.Text.Json;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Applications;
using Sandbox.Licensing.Exchange;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Licensing.Tests.Exchange;

/// <summary>
/// The exchange on Cosmos DB (the local server): the export gathers a refusal from the store anonymized and
/// schema-valid; the import gives the same records, idempotent, found by the "no undercut" query.
/// </summary>
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

    [Fact]
    public async Task A_refusal_on_Cosmos_is_exported_anonymized_and_an_ally_on_Cosmos_imports_it_once()
    {
        await using var host = await StartAsync(store: TestStores.Cosmos(cosmos.Server, "export-" + Guid.NewGuid().ToString("N")[..8]));
        var pilot = Pilots.Tier1 with
        {
            TechnologyItems = [Pilots.Tier1.TechnologyItems[0] with { ClassificationCode = "SBX-IP-SURV" }],
            Parties = [new Party { Role = PartyRole.EndUser, Name = "National Cyber Defence Agency", Sector = PartySector.LawEnforcement, Country = "NL" }],
        };
        var application = await host.SubmitAsync(pilot);
        var instance = await host.CaseAsync(application.Id);
        await host.Cases.DecideAsync(Regulator, "Rita Regulator", instance.Id, Pilots.Refuse("SBX-VULNERABLE-GROUPS"), (await host.Engine.GetAsync(instance.Id))!.ETag);

        var document = await host.Get<AlliedExchangeExporter>().ExportAsync(null, "admin-1");
        var json = AlliedExchangeBuilder.ToJson(document);

        var denial = Assert.IsType<DenialRecord>(Assert.Single(document.Records));
        Assert.Equal(["National Cyber Defence Agency"], denial.Parties.Select(p => p.Name));
        Assert.Empty(AlliedExchangeSchema.Default.Check(json));
        var payload = JsonSerializer.Serialize(document, AlliedExchangeFormat.Json);
        foreach (var personal in new[] { pilot.Contact!.Name!, pilot.Contact.Email!, "Rita Regulator", "TU Example", host.ApplicantOrganizationId, host.Applicant.UserId })
        {
            Assert.DoesNotContain(personal, payload, StringComparison.OrdinalIgnoreCase);
        }

        await using var ally = await StartAsync(store: TestStores.Cosmos(cosmos.Server, "import-" + Guid.NewGuid().ToString("N")[..8]));
        var first = await ally.Get<AlliedExchangeImporter>().ImportAsync(json, "client:nl");
        var again = await ally.Get<AlliedExchangeImporter>().ImportAsync(json, "client:nl");

        Assert.Equal((1, 1), (first.Added, again.Unchanged));
        Assert.Equal(JsonSerializer.Serialize<ExchangeRecord>(denial, AlliedExchangeFormat.Json), (await ally.Get<AlliedExchangeImporter>().GetAsync(denial.RecordId))!.Content);
        Assert.Equal(denial.ReviewBy, Assert.Single(await ally.Get<ImportedRecordsList>().DenialsAsync()).Denial.ReviewBy);
        Assert.Equal("National Cyber Defence Agency", Assert.Single(await ally.Get<AlliedDenialRegistry>().FindInForceAsync("5A001.j", "NL")).DeniedPartyName);
    }
}
