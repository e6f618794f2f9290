using Sandbox.Domain.Screening;

namespace Sandbox.Domain.Tests.Screening;

public sealed class ScreeningSubjectTests
{
    [Fact]
    public void Case_accents_punctuation_word_order_and_country_spelling_do_not_matter()
    {
        var a = ScreeningSubject.Create("José Müller Trading Ltd.", "EG");
        var b = ScreeningSubject.Create("MULLER, Jose TRADING", "Egypt");

        Assert.Equal(a, b);
        Assert.Equal("jose muller trading", a.NormalizedName);
        Assert.Matches("^[0-9a-f]{32}$", a.Key);
    }

    [Fact]
    public void Another_country_or_none_is_another_subject()
    {
        var egypt = ScreeningSubject.Create("Jose Muller", "EG");
        Assert.NotEqual(egypt.Key, ScreeningSubject.Create("Jose Muller", "DE").Key);
        Assert.NotEqual(egypt.Key, ScreeningSubject.Create("Jose Muller", null).Key);
        Assert.Throws<ArgumentException>(() => ScreeningSubject.Create("--", null));
    }
}
