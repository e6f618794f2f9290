using Sandbox.Domain.Screening;

namespace Sandbox.Domain.Tests.Screening;

/// <summary>One index over the SDN list and the allied denials.</summary>
public sealed class MultiListScreeningTests(SdnFixture fixture) : IClassFixture<SdnFixture>
{
    private static readonly ListedParty _denied = new(
        ScreeningLists.AlliedDenials, "d-1", "Nordlicht Signal Systems GmbH", ListedPartyType.Entity, ["Nordlicht Signals"], ["IR"], ["DE:AW-2026-0042", "5A001.j"], "IP network surveillance for a security service");

    [Fact]
    public void Screens_every_list_at_once_and_says_which_list_matched()
    {
        var index = new ScreeningIndex([.. fixture.Parties, _denied]);

        var denied = Assert.Single(index.Screen("Nordlicht Signal Systems"));
        var sdn = index.Screen("Banco Nacional de Cuba");

        Assert.Equal((ScreeningLists.AlliedDenials, "d-1"), (denied.Party.ListId, denied.Party.EntryId));
        Assert.True(denied.HighConfidence);
        Assert.Contains(sdn, h => h.Party.ListId == ScreeningLists.OfacSdn && h.Party.EntryId == "306");
        Assert.Equal(fixture.Parties.Count + 1, index.PartyCount);
    }

    [Fact]
    public void A_country_code_supports_a_country_name_and_the_other_way_round()
    {
        var index = new ScreeningIndex([.. fixture.Parties, _denied]);

        Assert.True(Assert.Single(index.Screen("Nordlicht Signals", country: "Iran")).SupportingCountry);
        Assert.True(index.Screen("Abboud Abdul Latif Hassan al Zomor", country: "EG").Single(h => h.Party.EntryId == "2677").SupportingCountry);
        Assert.False(Assert.Single(index.Screen("Nordlicht Signals", country: "DE")).SupportingCountry);
    }

    [Fact]
    public void The_same_entry_id_in_two_lists_gives_two_hits()
    {
        var twin = _denied with { ListId = "other-list" };
        var hits = new BruteForceScreener([_denied, twin]).Screen("Nordlicht Signal Systems");
        Assert.Equal([ScreeningLists.AlliedDenials, "other-list"], hits.Select(h => h.Party.ListId));
    }

    [Fact]
    public void An_empty_index_finds_nothing()
    {
        var index = new ScreeningIndex([]);
        Assert.Empty(index.Screen("Banco Nacional de Cuba"));
        Assert.Equal(0, index.PartyCount);
    }
}
