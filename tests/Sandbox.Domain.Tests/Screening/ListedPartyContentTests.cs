using Sandbox.Domain.Screening;

namespace Sandbox.Domain.Tests.Screening;

public sealed class ListedPartyContentTests
{
    private static readonly ListedParty _party = new("ofac-sdn", "4238", "MAR AZUL", ListedPartyType.Vessel, ["AZUL"], ["Cuba"], ["CUBA"], null)
    {
        Details = new Dictionary<string, string> { ["vesselFlag"] = "Cuba", ["callSign"] = "CL2192" },
    };

    [Fact]
    public void The_hash_depends_on_content_only()
    {
        var copy = _party with { ListId = "other", EntryId = "1", Aliases = ["AZUL"], Details = new Dictionary<string, string> { ["callSign"] = "CL2192", ["vesselFlag"] = "Cuba" } };
        Assert.Equal(_party.ComputeContentHash(), copy.ComputeContentHash());
        Assert.Matches("^[0-9a-f]{64}$", _party.ComputeContentHash());
    }

    [Fact]
    public void Any_field_change_changes_the_hash_and_is_named()
    {
        var changed = _party with
        {
            Aliases = ["AZUL", "BLUE SEA"],
            Remarks = "IMO 1234567",
            Details = new Dictionary<string, string> { ["vesselFlag"] = "Panama", ["callSign"] = "CL2192", ["tonnage"] = "212" },
        };
        Assert.NotEqual(_party.ComputeContentHash(), changed.ComputeContentHash());
        Assert.Equal(["aliases", "remarks", "details.tonnage", "details.vesselFlag"], ListedPartyContent.ChangedFields(_party, changed));
        Assert.Empty(ListedPartyContent.ChangedFields(_party, _party with { }));
    }

    [Fact]
    public void Moving_text_between_fields_is_a_change()
    {
        var a = _party with { Aliases = ["X"], Programs = [] };
        var b = _party with { Aliases = [], Programs = ["X"] };
        Assert.NotEqual(a.ComputeContentHash(), b.ComputeContentHash());
    }
}
