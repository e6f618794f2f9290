namespace Sandbox.Domain.Screening;

/// <summary>One row of the OFAC SDN list: the primary name, its aliases and best-effort country hints.</summary>
public sealed record SdnRecord(
    int Id,
    string Name,
    SdnPartyType Type,
    IReadOnlyList<string> Programs,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Countries,
    string? Remarks)
{
    private static readonly IReadOnlyDictionary<string, string> _noDetails = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The row's other non-empty columns by name (<see cref="SdnCsvReader.DetailColumns"/>): title, vessel and aircraft fields.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = _noDetails;

    /// <summary>The row as an entry of <see cref="ScreeningLists.OfacSdn"/>.</summary>
    public ListedParty ToListedParty() => new(
        ScreeningLists.OfacSdn,
        Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Name,
        Type switch
        {
            SdnPartyType.Individual => ListedPartyType.Individual,
            SdnPartyType.Vessel => ListedPartyType.Vessel,
            SdnPartyType.Aircraft => ListedPartyType.Aircraft,
            _ => ListedPartyType.Entity,
        },
        Aliases,
        Countries,
        Programs,
        Remarks)
    {
        Details = Details,
    };
}
