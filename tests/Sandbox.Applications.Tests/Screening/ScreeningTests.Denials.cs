using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Errors;

namespace Sandbox.Applications.Tests.Screening;

public abstract partial class ScreeningTests
{
    protected static AlliedDenialRegistration Denial(string reference = "AW-2026-0042", string name = "Nordlicht Signal Systems GmbH", string code = "5A001.j", string partyCountry = "IR") =>
        new("DE", reference, name, ["Nordlicht Signals"], partyCountry, code, "IP network surveillance for a state security service", new DateOnly(2026, 3, 2));

    [Fact]
    public async Task A_registered_denial_is_screened_at_once_and_a_withdrawn_one_no_longer()
    {
        Assert.Empty((await Screening.ScreenAsync("Nordlicht Signal Systems")).Hits);

        var registered = await Denials.RegisterAsync(Denial(), Regulator);
        var hit = Hit(await Screening.ScreenAsync("Nordlicht Signal Systems", "Iran"), ScreeningLists.AlliedDenials, registered.Value.Id);
        var byAlias = Hit(await Screening.ScreenAsync("NORDLICHT SIGNALS"), ScreeningLists.AlliedDenials, registered.Value.Id);

        Assert.True(hit.SupportingCountry && hit.HighConfidence && byAlias.MatchedAlias);
        Assert.Equal(new DateOnly(2029, 3, 2), registered.Value.ReviewBy);
        Assert.Contains((await Screening.ScreenAsync("Banco Nacional de Cuba")).Hits, h => h.EntryId == "306");

        await Denials.WithdrawAsync(registered.Value.Id, registered.ETag, "Annulled by the German authority", "regulator-2");

        Assert.Empty((await Screening.ScreenAsync("Nordlicht Signal Systems")).Hits);
        Assert.Equal(AlliedDenialStatus.Withdrawn, (await Denials.GetAsync(registered.Value.Id))!.Value.Status);
        Assert.Single(await AuditAsync(ScreeningAuditEvents.AlliedDenialRegistered));
        Assert.Equal("regulator-2", Assert.Single(await AuditAsync(ScreeningAuditEvents.AlliedDenialWithdrawn)).Actor);
    }

    [Fact]
    public async Task A_withdrawal_needs_the_current_etag()
    {
        var registered = await Denials.RegisterAsync(Denial(), Regulator);
        var withdrawn = await Denials.WithdrawAsync(registered.Value.Id, registered.ETag, "Annulled", Regulator);

        await Assert.ThrowsAsync<DocumentConcurrencyException>(() => Denials.WithdrawAsync(registered.Value.Id, registered.ETag, "Again", Regulator));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Denials.WithdrawAsync(registered.Value.Id, withdrawn.ETag, "Again", Regulator));
        await Assert.ThrowsAsync<DocumentNotFoundException>(() => Denials.WithdrawAsync("ad-missing", withdrawn.ETag, "Again", Regulator));
    }

    [Fact]
    public async Task Invalid_and_duplicate_denials_are_refused_with_field_errors()
    {
        var invalid = await Assert.ThrowsAsync<ScreeningValidationException>(() => Denials.RegisterAsync(Denial(code: "EAR99", partyCountry: "Persia"), Regulator));
        Assert.Equal(["classificationCode", "partyCountry"], invalid.Errors.Keys.Order(StringComparer.Ordinal));

        await Denials.RegisterAsync(Denial(), Regulator);
        var duplicate = await Assert.ThrowsAsync<ScreeningValidationException>(() => Denials.RegisterAsync(Denial(reference: " aw-2026-0042 ", name: "Other"), Regulator));

        Assert.Contains("already recorded", duplicate.Errors["authorityReference"][0], StringComparison.Ordinal);
        Assert.Single(await Denials.ListAsync());
    }

    [Fact]
    public async Task Denials_in_force_are_found_by_code_and_destination_until_their_review_date()
    {
        var a = await Denials.RegisterAsync(Denial(), Regulator);
        var b = await Denials.RegisterAsync(Denial(reference: "AW-2026-0043", code: "5a001.J"), Regulator);
        await Denials.RegisterAsync(Denial(reference: "AW-2026-0044", code: "4A005"), Regulator);
        await Denials.RegisterAsync(Denial(reference: "AW-2026-0045", partyCountry: "SY"), Regulator);
        await Denials.WithdrawAsync(b.Value.Id, b.ETag, "Annulled", Regulator);

        var found = await Denials.FindInForceAsync("5A001.j", "ir");

        Assert.Equal([a.Value.Id], found.Select(d => d.Id));
        Assert.Equal(3, (await Denials.ListAsync(AlliedDenialStatus.Active)).Count);
        Assert.NotEmpty((await Screening.ScreenAsync("Nordlicht Signal Systems")).Hits);

        Time.Advance(TimeSpan.FromDays((365 * 3) + 1));

        Assert.Empty(await Denials.FindInForceAsync("5A001.j", "IR"));
        Assert.Empty((await Screening.ScreenAsync("Nordlicht Signal Systems")).Hits);
        await Assert.ThrowsAsync<ScreeningValidationException>(() => Denials.FindInForceAsync("5A001.j", "Iran"));
    }
}
