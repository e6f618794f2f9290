using Sandbox.Domain.Classification;

namespace Sandbox.Domain.Tests.Classification;

public sealed class EntryReviewTests
{
    [Fact]
    public void An_entry_without_a_review_date_is_reviewed_three_years_after_its_version_takes_effect()
    {
        var catalogue = Catalogues.Valid();

        Assert.Equal(new DateOnly(2029, 3, 31), catalogue.ReviewByOf(Catalogues.Research));
        Assert.Equal(new DateOnly(2027, 6, 30), catalogue.ReviewByOf(Catalogues.Biometric));
    }

    [Fact]
    public void A_review_date_before_the_version_takes_effect_is_refused()
    {
        var catalogue = Catalogues.Of(1, Catalogues.Intrusion with { ReviewBy = new DateOnly(2026, 3, 31) });

        var problem = Assert.Single(catalogue.Validate());

        Assert.Equal("entries[0].reviewBy", problem.Field);
    }
}
