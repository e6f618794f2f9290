using Sandbox.Domain.Screening;

namespace Sandbox.Domain.Tests.Screening;

public sealed class AlliedDenialTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly AlliedDenialRegistration _valid = new(
        " de ", "AW-2026-0042", " Nordlicht Signal Systems GmbH ", ["Nordlicht Signals", " nordlicht signals ", "NORDLICHT SIGNAL SYSTEMS GMBH"], "ir", "5a001.J",
        "IP network surveillance for a security service", new DateOnly(2026, 3, 2));

    [Fact]
    public void A_registration_is_normalized_and_reviewed_three_years_on()
    {
        var denial = AlliedDenial.Register(_valid, "regulator-1", _now);

        Assert.Equal(("DE", "IR", "5A001.j"), (denial.AuthorityCountry, denial.PartyCountry, denial.ClassificationCode));
        Assert.Equal("Nordlicht Signal Systems GmbH", denial.DeniedPartyName);
        Assert.Equal(["Nordlicht Signals"], denial.Aliases);
        Assert.Equal(new DateOnly(2029, 3, 2), denial.ReviewBy);
        Assert.Equal(AlliedDenialStatus.Active, denial.Status);
        Assert.True(denial.IsInForce(new DateOnly(2029, 3, 2)));
        Assert.False(denial.IsInForce(new DateOnly(2029, 3, 3)));
    }

    [Fact]
    public void A_denial_without_a_date_or_already_past_its_review_is_refused_rather_than_never_screened()
    {
        var undated = Assert.Throws<ScreeningValidationException>(() => AlliedDenial.Register(_valid with { DeniedOn = default }, "regulator-1", _now));
        var lapsed = Assert.Throws<ScreeningValidationException>(() => AlliedDenial.Register(_valid with { DeniedOn = new DateOnly(2022, 6, 1) }, "regulator-1", _now));
        var renewed = AlliedDenial.Register(_valid with { DeniedOn = new DateOnly(2022, 6, 1), ReviewBy = new DateOnly(2027, 6, 1) }, "regulator-1", _now);

        Assert.Equal(["deniedOn"], undated.Errors.Keys);
        Assert.Equal(["reviewBy"], lapsed.Errors.Keys);
        Assert.True(renewed.IsInForce(DateOnly.FromDateTime(_now.UtcDateTime)));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_by_field()
    {
        var bad = new AlliedDenialRegistration("XX", " ", "--", [""], "Iran", "ECCN 5A001", "", new DateOnly(2026, 12, 2), new DateOnly(2026, 1, 1));

        var error = Assert.Throws<ScreeningValidationException>(() => AlliedDenial.Register(bad, "regulator-1", _now));

        Assert.Equal(
            ["aliases", "authorityCountry", "authorityReference", "classificationCode", "deniedOn", "deniedPartyName", "endUseSummary", "partyCountry", "reviewBy"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("'XX' is not an ISO 3166-1 alpha-2 country code", error.Message, StringComparison.Ordinal);
        Assert.Contains("after today (2026-12-01)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_withdrawal_needs_a_reason_and_happens_once()
    {
        var denial = AlliedDenial.Register(_valid, "regulator-1", _now);

        Assert.Throws<ScreeningValidationException>(() => denial.Withdraw(" ", "regulator-2", _now));
        var withdrawn = denial.Withdraw("Annulled by the authority", "regulator-2", _now);

        Assert.False(withdrawn.IsInForce(new DateOnly(2026, 12, 1)));
        Assert.Equal(("regulator-2", "Annulled by the authority"), (withdrawn.WithdrawnBy, withdrawn.WithdrawalReason));
        Assert.Throws<InvalidOperationException>(() => withdrawn.Withdraw("again", "regulator-2", _now));
    }

    [Fact]
    public void Screened_as_an_entry_of_the_allied_denials_list()
    {
        var party = AlliedDenial.Register(_valid, "regulator-1", _now).ToListedParty();

        Assert.Equal((ScreeningLists.AlliedDenials, "Nordlicht Signal Systems GmbH"), (party.ListId, party.Name));
        Assert.Equal(AlliedDenial.IdFor("de", " aw-2026-0042"), party.EntryId);
        Assert.Matches("^ad-[0-9a-f]{24}$", party.EntryId);
        Assert.Equal(["IR"], party.Countries);
        Assert.Equal(["DE:AW-2026-0042", "5A001.j"], party.Programs);
    }

    [Theory]
    [InlineData("4A005", "4A005")]
    [InlineData("5a001.J", "5A001.j")]
    [InlineData(" 5A001.f.1 ", "5A001.f.1")]
    [InlineData("5D001.e", "5D001.e")]
    public void Catalogue_codes_are_normalized(string text, string code)
    {
        Assert.True(ClassificationCodes.TryNormalize(text, out var normalized));
        Assert.Equal(code, normalized);
    }

    [Theory]
    [InlineData("5F001")]
    [InlineData("EAR99")]
    [InlineData("5A01")]
    [InlineData("5A001..j")]
    [InlineData(null)]
    public void Other_text_is_not_a_catalogue_code(string? text) => Assert.False(ClassificationCodes.TryNormalize(text, out _));
}
