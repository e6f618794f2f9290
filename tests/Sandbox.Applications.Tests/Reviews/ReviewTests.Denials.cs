using Sandbox.Applications.Reviews;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Storage.Errors;

namespace Sandbox.Applications.Tests.Reviews;

public abstract partial class ReviewTests
{
    [Fact]
    public async Task An_allied_denial_stops_matching_after_its_review_date_and_matches_again_once_renewed()
    {
        var denials = Host.Get<AlliedDenialRegistry>();
        var screening = Host.Get<ScreeningService>();
        var registered = await denials.RegisterAsync(new AlliedDenialRegistration(
            "DE", "AW-2026-0042", "Nordlicht Signal Systems GmbH", [], "IR", "5A001.j", "IP network surveillance for a state security service",
            new DateOnly(2024, 2, 1), new DateOnly(2027, 1, 31)), "regulator-1");
        var inForce = await denials.FindInForceAsync("5A001.j", "IR");
        var dueSoon = Assert.Single(await Reviews.ListAsync(90), i => i.Kind == ReviewKind.AlliedDenial);

        Time.Advance(TimeSpan.FromDays(62));
        var lapsedHits = (await screening.ScreenAsync("Nordlicht Signal Systems")).Hits;
        var lapsedFound = await denials.FindInForceAsync("5A001.j", "IR");
        var overdue = Assert.Single(await Reviews.ListAsync(0), i => i.Kind == ReviewKind.AlliedDenial);
        var renewed = await Renew(overdue, new(Today.AddYears(3), "Our 2027 review kept the German denial."));
        await Assert.ThrowsAsync<DocumentConcurrencyException>(() => Renew(overdue, new(Today.AddYears(1), "Stale copy")));

        Assert.Equal(registered.Value.Id, Assert.Single(inForce).Id);
        Assert.Equal((ReviewDue.DueSoon, registered.ETag), (dueSoon.Due, dueSoon.ETag));
        Assert.DoesNotContain(lapsedHits, h => h.ListId == ScreeningLists.AlliedDenials);
        Assert.Empty(lapsedFound);
        Assert.Equal(ReviewDue.Overdue, overdue.Due);
        Assert.Contains((await screening.ScreenAsync("Nordlicht Signal Systems")).Hits, h => h.EntryId == registered.Value.Id);
        Assert.Single(await denials.FindInForceAsync("5A001.j", "IR"));
        Assert.Equal((Today.AddYears(3), new DateOnly(2027, 1, 31)), (renewed.ReviewBy, renewed.LastRenewal!.PreviousReviewBy));
        Assert.Equal(ReviewDue.Later, renewed.Due);
        Assert.NotEqual(overdue.ETag, renewed.ETag);
    }

    [Fact]
    public async Task A_withdrawn_denial_is_not_renewed()
    {
        var denials = Host.Get<AlliedDenialRegistry>();
        var registered = await denials.RegisterAsync(new AlliedDenialRegistration(
            "FR", "FR-2026-7", "Azur Interception SARL", [], "SY", "5A001.f", "Mobile interception", new DateOnly(2026, 2, 1)), "regulator-1");
        var withdrawn = await denials.WithdrawAsync(registered.Value.Id, registered.ETag, "Annulled", "regulator-1");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Reviews.RenewAsync(Administrator, ReviewKind.AlliedDenial, registered.Value.Id, withdrawn.ETag, new(Today.AddYears(1), "Keep it")));
        await Assert.ThrowsAsync<ReviewNotFoundException>(() =>
            Reviews.RenewAsync(Administrator, ReviewKind.AlliedDenial, "ad-missing", withdrawn.ETag, new(Today.AddYears(1), "Keep it")));
        Assert.DoesNotContain(await Reviews.ListAsync(), i => i.Kind == ReviewKind.AlliedDenial);
    }
}
