using Sandbox.Domain.Applications;

namespace Sandbox.Web.Components.Pages.Applications;

public sealed class PartyForm
{
    public PartyRole? Role { get; set; }

    public string? Name { get; set; }

    public PartySector? Sector { get; set; }

    public string? Country { get; set; }

    public string? Address { get; set; }

    public static PartyForm From(Party party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new() { Role = party.Role, Name = party.Name, Sector = party.Sector, Country = party.Country, Address = party.Address };
    }

    public Party ToParty() => new()
    {
        Role = Role,
        Name = FormText.Blank(Name),
        Sector = Sector,
        Country = FormText.Blank(Country)?.Trim().ToUpperInvariant(),
        Address = FormText.Blank(Address),
    };
}
