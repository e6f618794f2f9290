using Sandbox.Domain.Screening;

namespace Sandbox.Domain.Tests.Screening;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("José Müller-Lüdenscheidt", "jose muller ludenscheidt")]
    [InlineData("  O'NEILL,   Seán  ", "sean oneill")]
    [InlineData("AL-ZOMOR, Abboud Abdul", "abboud abdul al zomor")]
    public void Folds_case_diacritics_punctuation_and_surname_order(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Fact]
    public void Tokens_are_order_insensitive_and_drop_legal_forms_for_entities()
    {
        Assert.Equal(NameNormalizer.Tokens("HUSSEIN, Saddam", individual: true), NameNormalizer.QueryTokens("Saddam Hussein"));
        Assert.Equal(["anglo", "caribbean"], NameNormalizer.Tokens("ANGLO-CARIBBEAN CO., LTD.", individual: false));
    }

    [Theory]
    [InlineData("mohammed", "muhammad")]
    [InlineData("mohamad", "muhammad")]
    [InlineData("yousef", "yusuf")]
    public void Transliteration_variants_share_a_skeleton(string a, string b) =>
        Assert.Equal(NameNormalizer.Skeleton(NameNormalizer.Fold(a)), NameNormalizer.Skeleton(NameNormalizer.Fold(b)));
}
