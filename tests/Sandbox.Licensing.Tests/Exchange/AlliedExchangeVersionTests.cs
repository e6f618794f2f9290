using System.Text.Json;
using System.Text.Json.Nodes;
using Sandbox.Applications.Screening;
using Sandbox.Licensing.Exchange;
using Sandbox.Storage.Documents;

namespace Sandbox.Licensing.Tests.Exchange;

/// <summary>Version 2 adds case studies; version 1 documents keep importing, and an ally still on version 1 can be served one.</summary>
public sealed class AlliedExchangeVersionTests
{
    private const string OlderAllyDocument = """
        {
          "format": "sandbox-allied-exchange", "version": 1,
          "issuer": { "authority": "Bundesamt für Wirtschaft und Ausfuhrkontrolle", "country": "DE" },
          "issuedAt": "2026-11-30T08:00:00Z",
          "records": [
            { "recordId": "DE:AW-2026-0042", "type": "denial", "sourceId": "AW-2026-0042",
              "parties": [{ "name": "Nordlicht Signal Systems GmbH", "country": "IR" }], "destination": "IR", "controlCodes": ["5A001.j"],
              "endUse": "IP network surveillance for a security service", "reasonCodes": ["C7"], "decidedOn": "2026-03-02", "reviewBy": "2029-03-02" },
            { "type": "suspension", "recordId": "DE:PL-2026-0007.suspended.20261101000000", "sourceId": "PL-2026-0007.suspended.20261101000000",
              "licenceReference": "PL-2026-0007", "controlCodes": ["5A001.j"], "destination": "IR", "reason": "Breach of condition C2.", "at": "2026-11-01T00:00:00Z" }
          ]
        }
        """;

    private static JsonSchemaCheck VersionOneReader() =>
        JsonSchemaCheck.FromFile(Path.Combine(AppContext.BaseDirectory, AlliedExchangeFormat.SchemaFile(1)), "allied exchange v1");

    private static JsonObject CaseStudyIn(JsonNode document) =>
        document["records"]!.AsArray().Single(r => r!["type"]!.GetValue<string>() == AlliedExchangeFormat.CaseStudyType)!.AsObject();

    [Fact]
    public async Task A_version_1_document_from_an_ally_not_yet_on_version_2_still_imports()
    {
        await using var host = await LicensingTestHost.StartAsync();
        using var json = JsonDocument.Parse(OlderAllyDocument);

        var result = await host.Get<AlliedExchangeImporter>().ImportAsync(json.RootElement, "client:de");

        Assert.Equal((2, 0), (result.Added, result.Expired));
        Assert.Equal("Nordlicht Signal Systems GmbH", Assert.Single(await host.Get<AlliedDenialRegistry>().FindInForceAsync("5A001.j", "IR")).DeniedPartyName);
        Assert.Equal("suspension", (await host.Get<AlliedExchangeImporter>().GetAsync("DE:PL-2026-0007.suspended.20261101000000"))!.Type);
    }

    [Fact]
    public void A_version_2_document_with_a_case_study_matches_its_schema_and_a_version_1_reader_refuses_it_whole()
    {
        var json = AlliedExchangeBuilder.ToJson(ExchangeSamples.Build(caseStudy: true));

        Assert.Empty(AlliedExchangeSchema.Default.Check(json));
        Assert.Contains(json.GetProperty("records").EnumerateArray(), r => r.GetProperty("type").GetString() == "case-study");
        var seenByOlderAlly = VersionOneReader().Check(json);
        Assert.Contains(seenByOlderAlly, p => p.Path == "version");
    }

    [Fact]
    public void A_version_1_export_leaves_case_studies_out_and_matches_the_version_1_schema()
    {
        var document = ExchangeSamples.Build(version: 1, caseStudy: true);
        var json = AlliedExchangeBuilder.ToJson(document);

        Assert.Equal(1, document.Version);
        Assert.DoesNotContain(document.Records, r => r is CaseStudyRecord);
        Assert.Equal(3, document.Records.Count);
        Assert.Empty(VersionOneReader().Check(json));
        Assert.Empty(AlliedExchangeSchema.Default.Check(json));
    }

    [Fact]
    public void A_case_study_cannot_carry_free_text_or_a_country_the_format_does_not_define()
    {
        var document = JsonSerializer.SerializeToNode(ExchangeSamples.Build(caseStudy: true), AlliedExchangeFormat.Json)!;
        var study = CaseStudyIn(document);
        study["description"] = "What the reporter wrote";
        study["destinationRegion"] = "IR";
        study["closedIn"] = "2026-11-28";

        var problems = AlliedExchangeSchema.Default.Check(JsonSerializer.SerializeToElement(document));

        var at = $"records[{document["records"]!.AsArray().IndexOf(study)}]";
        Assert.Contains(problems, p => p.Path == at + ".description");
        Assert.Contains(problems, p => p.Path == at + ".destinationRegion");
        Assert.Contains(problems, p => p.Path == at + ".closedIn");
    }

    [Fact]
    public async Task Case_studies_are_imported_once_listed_and_screen_nothing()
    {
        await using var ally = await LicensingTestHost.StartAsync();
        var importer = ally.Get<AlliedExchangeImporter>();
        var json = AlliedExchangeBuilder.ToJson(ExchangeSamples.Build(caseStudy: true));

        var first = await importer.ImportAsync(json, "client:nl");
        var again = await importer.ImportAsync(json, "client:nl");

        Assert.Equal((4, 0, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 4), (again.Added, again.Updated, again.Unchanged));
        var listed = Assert.Single(await ally.Get<ImportedRecordsList>().CaseStudiesAsync());
        Assert.Equal(JsonSerializer.Serialize<ExchangeRecord>(ExchangeSamples.CaseStudy, AlliedExchangeFormat.Json), JsonSerializer.Serialize<ExchangeRecord>(listed.CaseStudy, AlliedExchangeFormat.Json));
        Assert.Equal(("NL", "Netherlands Export Control Office", 0), (listed.Stored.IssuerCountry, listed.Stored.IssuerAuthority, listed.Stored.DenialIds.Count));
        Assert.Equal(2, (await ally.Get<AlliedDenialRegistry>().ListAsync()).Count);
    }

    [Fact]
    public async Task A_changed_case_study_is_updated_in_place()
    {
        await using var ally = await LicensingTestHost.StartAsync();
        var importer = ally.Get<AlliedExchangeImporter>();
        await importer.ImportAsync(AlliedExchangeBuilder.ToJson(ExchangeSamples.Build(caseStudy: true)), "client:nl");
        var node = JsonSerializer.SerializeToNode(ExchangeSamples.Build(caseStudy: true), AlliedExchangeFormat.Json)!;
        CaseStudyIn(node)["response"] = "revocation";

        var result = await importer.ImportAsync(JsonSerializer.SerializeToElement(node), "client:nl");

        Assert.Equal((0, 1, 3), (result.Added, result.Updated, result.Unchanged));
        Assert.Equal("revocation", Assert.Single(await ally.Get<ImportedRecordsList>().CaseStudiesAsync()).CaseStudy.Response);
    }
}
