using Sandbox.Domain.Screening;

namespace Sandbox.Domain.Tests.Screening;

public sealed class CountryKeysTests(SdnFixture fixture) : IClassFixture<SdnFixture>
{
    [Theory]
    [InlineData("EG", "EG")]
    [InlineData("eg", "EG")]
    [InlineData("Egypt", "EG")]
    [InlineData("Korea, North", "KP")]
    [InlineData("North Korea", "KP")]
    [InlineData("Burma", "MM")]
    [InlineData("Congo, Democratic Republic of the", "CD")]
    [InlineData("North Macedonia, The Republic of", "MK")]
    [InlineData("Russia", "RU")]
    [InlineData("Iran", "IR")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("Côte d'Ivoire", "CI")]
    public void Codes_and_the_names_the_lists_use_meet_on_the_code(string country, string key) =>
        Assert.Equal(key, CountryKeys.Key(country));

    [Fact]
    public void Unknown_spellings_match_themselves_and_blanks_are_nothing()
    {
        Assert.Equal("palestinian possibly", CountryKeys.Key("possibly Palestinian"));
        Assert.Null(CountryKeys.Key("  "));
        Assert.Null(CountryKeys.Key(null));
    }

    [Fact]
    public void Most_nationalities_in_the_real_list_resolve_to_a_code()
    {
        var mentions = fixture.Records.SelectMany(r => r.Countries).ToList();
        var resolved = mentions.Count(c => CountryKeys.Key(c) is { Length: 2 });
        Assert.True(resolved >= 0.97 * mentions.Count, $"{resolved} of {mentions.Count}: " + string.Join(", ", mentions.Where(c => CountryKeys.Key(c) is not { Length: 2 }).Distinct().Take(30)));
    }
}
