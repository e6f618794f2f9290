using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Storage.Errors;

namespace Sandbox.Applications.Tests.Screening;

public abstract partial class ScreeningTests
{
    private static AdjudicationRequest Decide(ScreeningMatch hit, string name, string? country, AdjudicationOutcome outcome, string reason = "Different bank: a Spanish savings bank, registration checked") =>
        new(name, country, hit.ListId, hit.EntryId, hit.EntryHash, outcome, reason);

    [Fact]
    public async Task An_adjudication_is_remembered_for_the_same_name_and_country_only()
    {
        var hit = Hit(await Screening.ScreenAsync("Banco Nacional de Cuba", "CU"), ScreeningLists.OfacSdn, "306");

        var saved = await Adjudications.AdjudicateAsync(Decide(hit, "Banco Nacional de Cuba", "CU", AdjudicationOutcome.FalsePositive), Regulator);

        var again = Hit(await Screening.ScreenAsync("BANCO NACIONAL DE CUBA", "Cuba"), ScreeningLists.OfacSdn, "306");
        Assert.Equal(AdjudicationState.Remembered, again.AdjudicationState);
        Assert.False(again.NeedsAdjudication);
        Assert.Equal((AdjudicationOutcome.FalsePositive, Regulator, saved.ETag), (again.Adjudication!.Outcome, again.Adjudication.AdjudicatedBy, again.Adjudication.ETag));
        Assert.Equal(AdjudicationState.None, Hit(await Screening.ScreenAsync("Banco Nacional de Cuba", "ES"), ScreeningLists.OfacSdn, "306").AdjudicationState);
        Assert.Equal(AdjudicationState.None, Hit(await Screening.ScreenAsync("Banco Nacional de Cuba"), ScreeningLists.OfacSdn, "306").AdjudicationState);
        var audited = Assert.Single(await AuditAsync(ScreeningAuditEvents.HitAdjudicated));
        Assert.Equal(("FalsePositive", "CU", "ofac-sdn:306"), (audited.Details["outcome"], audited.Details["country"], audited.Subject));
    }

    [Fact]
    public async Task A_changed_entry_needs_a_fresh_look_and_a_stale_hash_is_refused()
    {
        var before = Hit(await Screening.ScreenAsync("Banco Nacional de Cuba", "CU"), ScreeningLists.OfacSdn, "306");
        var first = await Adjudications.AdjudicateAsync(Decide(before, "Banco Nacional de Cuba", "CU", AdjudicationOutcome.FalsePositive), Regulator);
        await ImportAsync(WriteModified(out _));

        var after = Hit(await Screening.ScreenAsync("Banco Nacional de Cuba", "CU"), ScreeningLists.OfacSdn, "306");

        Assert.Equal(AdjudicationState.EntryChanged, after.AdjudicationState);
        Assert.True(after.NeedsAdjudication);
        Assert.NotEqual(before.EntryHash, after.EntryHash);
        Assert.Equal(before.EntryHash, after.Adjudication!.EntryHash);
        await Assert.ThrowsAsync<DocumentConcurrencyException>(() =>
            Adjudications.AdjudicateAsync(Decide(before, "Banco Nacional de Cuba", "CU", AdjudicationOutcome.TrueMatch), Regulator, first.ETag));

        var fresh = await Adjudications.AdjudicateAsync(Decide(after, "Banco Nacional de Cuba", "CU", AdjudicationOutcome.TrueMatch, "New alias BNC HAVANA matches the consignee"), Regulator, after.Adjudication.ETag);

        var now = Hit(await Screening.ScreenAsync("Banco Nacional de Cuba", "CU"), ScreeningLists.OfacSdn, "306");
        Assert.Equal((AdjudicationState.Remembered, AdjudicationOutcome.TrueMatch, fresh.ETag), (now.AdjudicationState, now.Adjudication!.Outcome, now.Adjudication.ETag));
        Assert.Equal("FalsePositive", (await AuditAsync(ScreeningAuditEvents.HitAdjudicated))[^1].Details["previousOutcome"]);
    }

    [Fact]
    public async Task Concurrent_adjudications_are_detected_not_lost()
    {
        var hit = Hit(await Screening.ScreenAsync("Banco Nacional de Cuba", "CU"), ScreeningLists.OfacSdn, "306");
        var first = await Adjudications.AdjudicateAsync(Decide(hit, "Banco Nacional de Cuba", "CU", AdjudicationOutcome.FalsePositive), Regulator);

        await Assert.ThrowsAsync<DocumentConcurrencyException>(() =>
            Adjudications.AdjudicateAsync(Decide(hit, "Banco Nacional de Cuba", "CU", AdjudicationOutcome.TrueMatch), "regulator-2"));
        await Adjudications.AdjudicateAsync(Decide(hit, "Banco Nacional de Cuba", "CU", AdjudicationOutcome.TrueMatch, "Second opinion"), "regulator-2", first.ETag);
        await Assert.ThrowsAsync<DocumentConcurrencyException>(() =>
            Adjudications.AdjudicateAsync(Decide(hit, "Banco Nacional de Cuba", "CU", AdjudicationOutcome.FalsePositive, "Third"), Regulator, first.ETag));

        var remembered = await Adjudications.GetAsync("banco nacional de cuba", "Cuba", ScreeningLists.OfacSdn, "306");
        Assert.Equal(("regulator-2", AdjudicationOutcome.TrueMatch), (remembered!.Value.AdjudicatedBy, remembered.Value.Outcome));
    }

    [Fact]
    public async Task An_adjudication_needs_a_reason_and_a_listed_entry()
    {
        var hit = Hit(await Screening.ScreenAsync("Banco Nacional de Cuba", "CU"), ScreeningLists.OfacSdn, "306");

        var noReason = await Assert.ThrowsAsync<ScreeningValidationException>(() =>
            Adjudications.AdjudicateAsync(Decide(hit, "Banco Nacional de Cuba", "CU", AdjudicationOutcome.TrueMatch, " "), Regulator));
        await Assert.ThrowsAsync<ScreeningValidationException>(() =>
            Adjudications.AdjudicateAsync(Decide(hit, "Banco Nacional de Cuba", "CU", AdjudicationOutcome.TrueMatch, new string('x', 1001)), Regulator));
        await Assert.ThrowsAsync<DocumentNotFoundException>(() =>
            Adjudications.AdjudicateAsync(Decide(hit, "Banco Nacional de Cuba", "CU", AdjudicationOutcome.TrueMatch) with { EntryId = "99999999" }, Regulator));

        Assert.Equal(["reason"], noReason.Errors.Keys);
        Assert.Null(await Adjudications.GetAsync("Banco Nacional de Cuba", "CU", ScreeningLists.OfacSdn, "306"));
    }

    [Fact]
    public async Task Allied_denial_hits_are_adjudicated_like_any_other()
    {
        var denial = await Denials.RegisterAsync(Denial(), Regulator);
        var hit = Hit(await Screening.ScreenAsync("Nordlicht Signal Systems", "IR"), ScreeningLists.AlliedDenials, denial.Value.Id);

        await Adjudications.AdjudicateAsync(Decide(hit, "Nordlicht Signal Systems", "IR", AdjudicationOutcome.TrueMatch, "Same company, same address"), Regulator);

        Assert.Equal(AdjudicationState.Remembered, Hit(await Screening.ScreenAsync("Nordlicht Signal Systems", "IR"), ScreeningLists.AlliedDenials, denial.Value.Id).AdjudicationState);
    }
}
