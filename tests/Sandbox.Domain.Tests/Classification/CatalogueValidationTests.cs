using Sandbox.Domain.Classification;

namespace Sandbox.Domain.Tests.Classification;

public sealed class CatalogueValidationTests
{
    [Fact]
    public void A_well_formed_catalogue_has_no_problems()
    {
        Assert.Empty(Catalogues.Valid().Validate());
    }

    [Theory]
    [InlineData("wassenaar", "4A005")]
    [InlineData("wassenaar", "4.A.05")]
    [InlineData("euAnnexI", "4.A.5")]
    [InlineData("euAnnexI", "4A5")]
    [InlineData("euAnnexI", "5A001.J")]
    [InlineData("euAnnexI", "EAR99")]
    [InlineData("usEccn", "EAR-99")]
    [InlineData("usEccn", "5F001")]
    public void A_malformed_cross_reference_names_its_field(string field, string value)
    {
        var references = field switch
        {
            "wassenaar" => Catalogues.Intrusion.CrossReferences with { Wassenaar = value },
            "euAnnexI" => Catalogues.Intrusion.CrossReferences with { EuAnnexI = value },
            _ => Catalogues.Intrusion.CrossReferences with { UsEccn = value },
        };
        var catalogue = Catalogues.Of(1, Catalogues.Research, Catalogues.Intrusion with { CrossReferences = references });

        var problem = Assert.Single(catalogue.Validate());

        Assert.Equal($"entries[1].crossReferences.{field}", problem.Field);
        Assert.Contains(value, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sbx-int-sys")]
    [InlineData("SBX--INT")]
    [InlineData("SBX-INT-")]
    [InlineData("SBX INT")]
    [InlineData("")]
    [InlineData("SBX-ABCDEFGHIJKLMNOPQRSTUVWXYZ-01")]
    public void A_malformed_code_names_the_code_field(string code)
    {
        var catalogue = Catalogues.Of(1, Catalogues.Research, Catalogues.Biometric with { Code = code });

        Assert.Equal(["entries[1].code"], catalogue.Validate().Select(p => p.Field));
    }

    [Fact]
    public void A_code_of_32_characters_is_allowed()
    {
        var catalogue = Catalogues.Of(1, Catalogues.Research with { Code = "SBX-ABCDEFGHIJKLMNOPQRSTUVWXYZ-1" });

        Assert.Empty(catalogue.Validate());
    }

    [Fact]
    public void A_repeated_code_points_at_the_first_use()
    {
        var catalogue = Catalogues.Of(1, Catalogues.Intrusion, Catalogues.Research, Catalogues.Intrusion with { Title = "Again" });

        var problem = Assert.Single(catalogue.Validate());

        Assert.Equal("entries[2].code", problem.Field);
        Assert.Contains("entries[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_and_overlong_texts_are_named()
    {
        var catalogue = Catalogues.Of(
            1,
            Catalogues.Intrusion with { Title = " " },
            Catalogues.Biometric with { Description = new string('x', ControlEntry.MaxDescriptionLength + 1) },
            Catalogues.Research with { Title = new string('t', ControlEntry.MaxTitleLength + 1), Notes = "" });

        var fields = catalogue.Validate().Select(p => p.Field).ToList();

        Assert.Equal(["entries[0].title", "entries[1].description", "entries[2].title", "entries[2].notes"], fields);
    }

    [Fact]
    public void Catalogue_level_fields_are_checked()
    {
        var catalogue = Catalogues.Valid() with { Version = 0, PublishedBy = "", ChangeNote = " " };

        Assert.Equal(["version", "publishedBy", "changeNote"], catalogue.Validate().Select(p => p.Field));
    }

    [Fact]
    public void A_catalogue_needs_an_entry()
    {
        var problem = Assert.Single(Catalogues.Of(1).Validate());

        Assert.Equal("entries", problem.Field);
    }

    [Fact]
    public void Missing_cross_references_and_an_undefined_rating_are_named()
    {
        var catalogue = Catalogues.Of(1, Catalogues.Research with { CrossReferences = null!, ImpactRating = (ImpactRating)9 });

        Assert.Equal(["entries[0].impactRating", "entries[0].crossReferences"], catalogue.Validate().Select(p => p.Field));
    }

    [Fact]
    public void Find_matches_the_exact_code_only()
    {
        var catalogue = Catalogues.Valid();

        Assert.Same(Catalogues.Biometric, catalogue.Find("SBX-BIO-ID"));
        Assert.Null(catalogue.Find("sbx-bio-id"));
        Assert.Null(catalogue.Find("SBX-NONE"));
    }

    [Theory]
    [InlineData("4.A.5", true)]
    [InlineData("5.A.1.j", true)]
    [InlineData("5.D.1.e", true)]
    [InlineData("4.A.0", false)]
    [InlineData("4.F.5", false)]
    public void Wassenaar_entries_are_dotted_with_no_leading_zeros(string code, bool valid)
    {
        Assert.Equal(valid, ControlCodeFormat.IsWassenaar(code));
    }

    [Theory]
    [InlineData("4A005", true, true)]
    [InlineData("5A001.j", true, true)]
    [InlineData("5A001.f.1", true, true)]
    [InlineData("EAR99", false, true)]
    [InlineData("5A01", false, false)]
    [InlineData("5a001", false, false)]
    public void Annex_and_eccn_codes_share_a_shape_and_only_eccn_allows_ear99(string code, bool annex, bool eccn)
    {
        Assert.Equal(annex, ControlCodeFormat.IsEuAnnexI(code));
        Assert.Equal(eccn, ControlCodeFormat.IsUsEccn(code));
    }
}
