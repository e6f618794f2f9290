using System.Text.Json;
using Sandbox.Domain.Licensing;
using static Sandbox.Domain.Tests.Licensing.Licences;

namespace Sandbox.Domain.Tests.Licensing;

public sealed class RefusalCatalogueTests
{
    private static readonly RefusalCriterion Criterion = new()
    {
        Code = "SBX-TEST-1",
        Title = "A test ground",
        LegalBasis = "Sandbox rules",
        Description = "Used by tests.",
    };

    private static RefusalCatalogue With(params RefusalCriterion[] criteria) => new() { Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1), Criteria = criteria };

    [Fact]
    public void The_seed_catalogue_parses_with_the_store_options_and_validates_clean()
    {
        Assert.Equal(1, Catalogue.Version);
        Assert.Equal(new DateOnly(2026, 1, 1), Catalogue.EffectiveFrom);
        Assert.Empty(Catalogue.Validate());
        Assert.InRange(Catalogue.Criteria.Count(c => c.Code.StartsWith("EU-", StringComparison.Ordinal)), 8, 12);
    }

    [Fact]
    public void The_seed_cites_the_law_for_every_criterion()
    {
        Assert.All(Catalogue.Criteria.Where(c => c.Code.StartsWith("EU-2021-821-", StringComparison.Ordinal)),
            c => Assert.Contains("Regulation (EU) 2021/821 Art. ", c.LegalBasis, StringComparison.Ordinal));
        Assert.All(Catalogue.Criteria.Where(c => c.Code.Contains("-CRIT", StringComparison.Ordinal)),
            c => Assert.Contains("2008/944/CFSP", c.LegalBasis, StringComparison.Ordinal));
        Assert.All(Catalogue.Criteria, c => Assert.Matches("Art\\. [0-9]+", c.LegalBasis));
    }

    [Fact]
    public void The_seed_covers_the_grounds_regulators_refuse_on()
    {
        string[] expected =
        [
            "EU-2021-821-ART15-1A", "EU-2021-821-ART15-1C-CRIT2A", "EU-2021-821-ART15-1C-CRIT2C", "EU-2021-821-ART15-1C-CRIT3",
            "EU-2021-821-ART15-1C-CRIT4", "EU-2021-821-ART15-1C-CRIT8", "EU-2021-821-ART15-1D-DIVERSION", "EU-2021-821-ART15-1D-END-USER",
            "EU-2021-821-ART5", "SBX-VULNERABLE-GROUPS", "SBX-NO-LAWFUL-BASIS", "SBX-DENIED-PARTY", "SBX-ALLIED-DENIAL-UNDERCUT", "SBX-INCOMPLETE-INFORMATION",
        ];

        Assert.Equal(expected, Catalogue.Criteria.Select(c => c.Code));
        Assert.Equal("Confirmed denied-party match", Catalogue.Find("SBX-DENIED-PARTY")?.Title);
        Assert.Null(Catalogue.Find("sbx-denied-party"));
    }

    [Fact]
    public void The_seed_round_trips_in_camel_case()
    {
        var json = JsonSerializer.Serialize(Catalogue, Json);

        Assert.Contains("\"effectiveFrom\":\"2026-01-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"legalBasis\":", json, StringComparison.Ordinal);
        Assert.Equal(Catalogue.Criteria, JsonSerializer.Deserialize<RefusalCatalogue>(json, Json)!.Criteria);
    }

    [Theory]
    [InlineData("AB")]
    [InlineData("sbx-lower")]
    [InlineData("SBX_UNDERSCORE")]
    [InlineData("SBX-THIS-CODE-IS-FAR-TOO-LONG-TO-BE-A-CODE-X")]
    [InlineData("SBX-X\n")]
    public void Codes_are_3_to_40_upper_case_letters_digits_or_dashes(string code) =>
        Assert.Equal(["criteria[0].code"], FieldsOf(With(Criterion with { Code = code }).Validate()));

    [Fact]
    public void Codes_are_unique()
    {
        var problem = Assert.Single(With(Criterion, Criterion with { Title = "Another" }).Validate());

        Assert.Equal("criteria[1].code", problem.Field);
        Assert.Contains("criteria[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_are_required_and_bounded()
    {
        Assert.Equal(
            ["criteria[0].title", "criteria[0].legalBasis", "criteria[0].description"],
            FieldsOf(With(Criterion with { Title = " ", LegalBasis = null!, Description = "" }).Validate()));
        Assert.Equal(
            ["criteria[0].title", "criteria[0].legalBasis", "criteria[0].description"],
            FieldsOf(With(Criterion with { Title = new string('t', 201), LegalBasis = new string('l', 501), Description = new string('d', 2001) }).Validate()));
    }

    [Fact]
    public void A_catalogue_has_a_version_and_at_least_one_criterion()
    {
        Assert.Equal(["version"], FieldsOf((With(Criterion) with { Version = 0 }).Validate()));
        Assert.Equal(["criteria"], FieldsOf(With().Validate()));
        Assert.Equal(["criteria"], FieldsOf((With(Criterion) with { Criteria = null! }).Validate()));
        Assert.Equal(["criteria[1]"], FieldsOf(With(Criterion, null!).Validate()));
    }
}
