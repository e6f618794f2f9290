using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Licensing.Exchange;

namespace Sandbox.Licensing.Tests.Exchange;

/// <summary>An imported denial is in force through its review-by day, exactly as screening and the "no undercut" check count it.</summary>
public sealed class ReviewDayTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(LicensingTestHost.Start.UtcDateTime);

    private static AlliedExchangeDocument WithReviewBy(DateOnly reviewBy)
    {
        var document = ExchangeSamples.Build();
        return document with { Records = [.. document.Records.Select(r => r is DenialRecord d ? d with { DecidedOn = reviewBy.AddYears(-3), ReviewBy = reviewBy } : r)] };
    }

    [Fact]
    public async Task A_denial_reviewed_by_today_is_imported_in_force_and_lapses_the_next_day()
    {
        await using var ally = await LicensingTestHost.StartAsync();

        var result = await ally.Get<AlliedExchangeImporter>().ImportAsync(AlliedExchangeBuilder.ToJson(WithReviewBy(Today)), "client:nl");

        Assert.Equal((3, 0, 2), (result.Added, result.Expired, result.DenialIds.Count));
        var registry = ally.Get<AlliedDenialRegistry>();
        Assert.Equal("Orion Dynamics Trading LLC", Assert.Single(await registry.FindInForceAsync("5A001.j", "AE")).DeniedPartyName);
        Assert.Contains((await ally.Get<ScreeningService>().ScreenAsync("Orion Dynamics Trading", "AE")).Hits, h => h.ListId == ScreeningLists.AlliedDenials);
        Assert.True(Assert.Single(await ally.Get<ImportedRecordsList>().DenialsAsync()).InForce);

        ally.Time.Advance(TimeSpan.FromDays(1));

        Assert.Empty(await registry.FindInForceAsync("5A001.j", "AE"));
        Assert.DoesNotContain((await ally.Get<ScreeningService>().ScreenAsync("Orion Dynamics Trading", "AE")).Hits, h => h.ListId == ScreeningLists.AlliedDenials);
        Assert.False(Assert.Single(await ally.Get<ImportedRecordsList>().DenialsAsync()).InForce);
    }

    [Fact]
    public async Task A_denial_reviewed_by_yesterday_is_kept_as_a_record_but_not_screened()
    {
        await using var ally = await LicensingTestHost.StartAsync();

        var result = await ally.Get<AlliedExchangeImporter>().ImportAsync(AlliedExchangeBuilder.ToJson(WithReviewBy(Today.AddDays(-1))), "client:nl");

        Assert.Equal((3, 1, 0), (result.Added, result.Expired, result.DenialIds.Count));
        Assert.Empty(await ally.Get<AlliedDenialRegistry>().ListAsync());
        Assert.False(Assert.Single(await ally.Get<ImportedRecordsList>().DenialsAsync()).InForce);
    }

    [Fact]
    public void The_record_and_the_allied_denial_agree_on_the_review_day()
    {
        var denial = (DenialRecord)WithReviewBy(Today).Records.Single(r => r is DenialRecord);
        var allied = AlliedDenial.Register(new AlliedDenialRegistration("NL", "ref-1", "Orion", null, "AE", "5A001.j", "Use", Today.AddYears(-3), Today), "admin", LicensingTestHost.Start);

        foreach (var day in new[] { Today.AddDays(-1), Today, Today.AddDays(1) })
        {
            Assert.Equal(allied.IsInForce(day), denial.IsInForceOn(day));
        }

        Assert.False(denial.IsInForceOn(Today.AddDays(1)));
    }
}
