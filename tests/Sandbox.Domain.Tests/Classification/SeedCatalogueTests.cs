using System.Text.Json;
using Sandbox.Domain.Classification;

namespace Sandbox.Domain.Tests.Classification;

public sealed class SeedCatalogueTests
{
    private readonly CatalogueVersion _seed = SeedFiles.Read<CatalogueVersion>(SeedFiles.Catalogue);

    [Fact]
    public void Seed_catalogue_parses_and_validates_clean()
    {
        Assert.Equal(1, _seed.Version);
        Assert.Empty(_seed.Validate());
        Assert.True(_seed.Entries.Count >= 10);
    }

    [Theory]
    [InlineData("4A005", "4.A.5", "SBX-INT-SYS", ImpactRating.Critical)]
    [InlineData("4D004", "4.D.4", "SBX-INT-SW", ImpactRating.Critical)]
    [InlineData("4E001.c", "4.E.1.c", "SBX-INT-TECH", ImpactRating.Critical)]
    [InlineData("5A001.f", "5.A.1.f", "SBX-MOB-INTERCEPT", ImpactRating.Critical)]
    [InlineData("5A001.j", "5.A.1.j", "SBX-IP-SURV", ImpactRating.Critical)]
    public void Seed_covers_the_listed_surveillance_entries(string annex, string wassenaar, string code, ImpactRating impact)
    {
        var entry = Assert.Single(_seed.Entries, e => e.CrossReferences.EuAnnexI == annex);

        Assert.Equal(code, entry.Code);
        Assert.Equal(wassenaar, entry.CrossReferences.Wassenaar);
        Assert.Equal(annex, entry.CrossReferences.UsEccn);
        Assert.Equal(impact, entry.ImpactRating);
    }

    [Fact]
    public void Seed_has_the_us_law_enforcement_entry_and_low_impact_ear99_tooling()
    {
        Assert.Equal("5D001.e", _seed.Find("SBX-LE-MONITOR")?.CrossReferences.UsEccn);
        var research = _seed.Find("SBX-RESEARCH-TOOLS");
        Assert.Equal(ImpactRating.Low, research?.ImpactRating);
        Assert.Equal("EAR99", research?.CrossReferences.UsEccn);
    }

    [Fact]
    public void Unlisted_entries_invent_no_codes_and_cite_the_catch_all()
    {
        var unlisted = _seed.Entries.Where(e => e.CrossReferences.IsEmpty).ToList();

        Assert.Contains(unlisted, e => e.Code == "SBX-BIO-ID");
        Assert.Contains(unlisted, e => e.Code == "SBX-GEO-TRACK");
        Assert.Contains(unlisted, e => e.Code == "SBX-BEHAV-VIDEO");
        Assert.Contains(unlisted, e => e.Code == "SBX-BORDER-FUSION");
        Assert.All(unlisted, e => Assert.Contains("Art. 5 catch-all", e.Notes, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_seed_entry_has_a_review_date()
    {
        Assert.All(_seed.Entries, e => Assert.True(e.ReviewBy > DateOnly.FromDateTime(_seed.EffectiveFrom.UtcDateTime)));
    }

    [Fact]
    public void Seed_catalogue_round_trips_through_web_json_with_string_enums()
    {
        var copy = SeedFiles.RoundTrip(_seed);

        Assert.Equal(_seed.Entries, copy.Entries);
        Assert.Equal(_seed with { Entries = copy.Entries }, copy);
        var json = JsonSerializer.Serialize(_seed, SeedFiles.Options);
        Assert.Contains("\"impactRating\":\"Critical\"", json, StringComparison.Ordinal);
        Assert.Contains("\"euAnnexI\":\"4A005\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reviewBy\":\"2028-12-31\"", json, StringComparison.Ordinal);
    }
}
