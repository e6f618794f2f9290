using System.Text.Json;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Exchange;

namespace Sandbox.Licensing.Tests.Exchange;

public sealed class AlliedExchangeImporterTests
{
    [Fact]
    public async Task Export_imported_on_a_second_store_gives_the_same_records()
    {
        var exported = ExchangeSamples.Build();
        await using var ally = await LicensingTestHost.StartAsync();

        var result = await ally.Get<AlliedExchangeImporter>().ImportAsync(AlliedExchangeBuilder.ToJson(exported), "client:nl-export-office");

        Assert.Equal((3, 0, 0), (result.Added, result.Updated, result.Unchanged));
        foreach (var record in exported.Records)
        {
            var imported = await ally.Get<AlliedExchangeImporter>().GetAsync(record.RecordId);
            Assert.NotNull(imported);
            Assert.Equal(JsonSerializer.Serialize(record, AlliedExchangeFormat.Json), imported.Content);
        }

        var denials = await ally.Get<AlliedDenialRegistry>().ListAsync();
        Assert.Equal(2, denials.Count);
        Assert.All(denials, d =>
        {
            Assert.Equal("Orion Dynamics Trading LLC", d.Value.DeniedPartyName);
            Assert.Equal("NL", d.Value.AuthorityCountry);
            Assert.Equal("AE", d.Value.PartyCountry);
            Assert.Equal(new DateOnly(2029, 11, 20), d.Value.ReviewBy);
        });
        Assert.Equal(["5A001.j", "5D001.a"], denials.Select(d => d.Value.ClassificationCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_same_document_twice_writes_nothing_and_a_changed_record_updates()
    {
        await using var ally = await LicensingTestHost.StartAsync();
        var importer = ally.Get<AlliedExchangeImporter>();
        var json = AlliedExchangeBuilder.ToJson(ExchangeSamples.Build());
        await importer.ImportAsync(json, "client:nl");
        var before = (await ally.Get<AlliedDenialRegistry>().ListAsync()).Select(d => d.ETag).ToList();

        var again = await importer.ImportAsync(json, "client:nl");

        Assert.Equal((0, 0, 3), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal(before, (await ally.Get<AlliedDenialRegistry>().ListAsync()).Select(d => d.ETag));

        var changed = ExchangeSamples.Build() is var document
            ? document with { Records = [.. document.Records.Select(r => r is DenialRecord d ? d with { ControlCodes = ["5A001.j"], ReviewBy = new DateOnly(2030, 6, 30) } : r)] }
            : null;
        var update = await importer.ImportAsync(AlliedExchangeBuilder.ToJson(changed!), "client:nl");

        Assert.Equal((0, 1, 2), (update.Added, update.Updated, update.Unchanged));
        var active = await ally.Get<AlliedDenialRegistry>().ListAsync(AlliedDenialStatus.Active);
        var renewed = Assert.Single(active);
        Assert.Equal(("5A001.j", new DateOnly(2030, 6, 30)), (renewed.Value.ClassificationCode, renewed.Value.ReviewBy));
        Assert.Single(await ally.Get<AlliedDenialRegistry>().ListAsync(AlliedDenialStatus.Withdrawn));
    }

    [Fact]
    public async Task An_invalid_document_is_refused_with_its_paths_and_writes_nothing()
    {
        await using var ally = await LicensingTestHost.StartAsync();
        var document = JsonSerializer.SerializeToNode(ExchangeSamples.Build(), AlliedExchangeFormat.Json)!;
        document["records"]![0]!["reviewBy"] = "soon";
        document["records"]![1]!.AsObject().Remove("licenceReference");

        var refused = await Assert.ThrowsAsync<ExchangeSchemaException>(() =>
            ally.Get<AlliedExchangeImporter>().ImportAsync(JsonSerializer.SerializeToElement(document), "client:nl"));

        Assert.Contains(refused.Problems, p => p.Path == "records[0].reviewBy");
        Assert.Contains(refused.Problems, p => p.Path == "records[1]" && p.Message.Contains("licenceReference", StringComparison.Ordinal));
        Assert.Empty(await ally.Get<AlliedDenialRegistry>().ListAsync());
        Assert.Null(await ally.Get<AlliedExchangeImporter>().GetAsync(ExchangeSamples.Build().Records[2].RecordId));
    }

    [Fact]
    public async Task A_denial_breaking_a_rule_of_allied_denials_is_refused_by_record_and_nothing_is_written()
    {
        await using var ally = await LicensingTestHost.StartAsync();
        var document = ExchangeSamples.Build();
        var future = document with { Records = [.. document.Records.Select(r => r is DenialRecord d ? d with { DecidedOn = new DateOnly(2027, 1, 5) } : r)] };

        var refused = await Assert.ThrowsAsync<ScreeningValidationException>(() =>
            ally.Get<AlliedExchangeImporter>().ImportAsync(AlliedExchangeBuilder.ToJson(future), "client:nl"));

        Assert.Contains("records[0].deniedOn", refused.Errors.Keys);
        Assert.Empty(await ally.Get<AlliedDenialRegistry>().ListAsync());
        Assert.Null(await ally.Get<AlliedExchangeImporter>().GetAsync(future.Records[1].RecordId));
    }

    [Fact]
    public async Task An_imported_denial_is_screened_and_found_by_the_no_undercut_query_until_its_review_date()
    {
        await using var ally = await LicensingTestHost.StartAsync();
        await ally.Get<AlliedExchangeImporter>().ImportAsync(AlliedExchangeBuilder.ToJson(ExchangeSamples.Build()), "client:nl");

        var screened = await ally.Get<ScreeningService>().ScreenAsync("Orion Dynamics Trading", "AE");
        var inForce = await ally.Get<AlliedDenialRegistry>().FindInForceAsync("5A001.j", "AE");

        Assert.Contains(screened.Hits, h => h.ListId == ScreeningLists.AlliedDenials);
        Assert.Equal("Orion Dynamics Trading LLC", Assert.Single(inForce).DeniedPartyName);

        ally.Time.Advance(TimeSpan.FromDays(3 * 366));
        Assert.Empty(await ally.Get<AlliedDenialRegistry>().FindInForceAsync("5A001.j", "AE"));
    }

    [Fact]
    public async Task A_denial_past_its_review_date_is_kept_as_a_record_but_not_screened()
    {
        await using var ally = await LicensingTestHost.StartAsync();
        var document = ExchangeSamples.Build();
        var expired = document with { Records = [.. document.Records.Select(r => r is DenialRecord d ? d with { DecidedOn = new DateOnly(2022, 1, 10), ReviewBy = new DateOnly(2025, 1, 10) } : r)] };

        var result = await ally.Get<AlliedExchangeImporter>().ImportAsync(AlliedExchangeBuilder.ToJson(expired), "client:nl");

        Assert.Equal((3, 1), (result.Added, result.Expired));
        Assert.Empty(await ally.Get<AlliedDenialRegistry>().ListAsync());
    }

    [Fact]
    public async Task Every_import_is_audited_including_refused_ones()
    {
        await using var ally = await LicensingTestHost.StartAsync();
        var importer = ally.Get<AlliedExchangeImporter>();
        await importer.ImportAsync(AlliedExchangeBuilder.ToJson(ExchangeSamples.Build()), "client:nl");
        using var bad = JsonDocument.Parse("""{ "format": "x" }""");
        await Assert.ThrowsAsync<ExchangeSchemaException>(() => importer.ImportAsync(bad.RootElement, "client:nl"));

        var events = await ally.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(LicensingTestHost.Start.UtcDateTime), ExchangeAuditEvents.Import);

        var imports = events.ToList();
        Assert.Equal(2, imports.Count);
        Assert.Equal("3", imports.Single(e => e.Outcome == AuditOutcome.Succeeded).Details["added"]);
        Assert.Equal("1", imports.Count(e => e.Outcome == AuditOutcome.Refused).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
