namespace Sandbox.Domain.Screening;

/// <summary>
/// One entry of a screening list, whatever list it comes from: the OFAC SDN list, the allied denials, a later list.
/// </summary>
/// <param name="ListId">The list, such as <see cref="ScreeningLists.OfacSdn"/>.</param>
/// <param name="EntryId">The entry's id within its list (the SDN entity number, the denial id).</param>
/// <param name="Name">The primary name.</param>
/// <param name="Type">What kind of party is listed.</param>
/// <param name="Aliases">Other names (a.k.a., f.k.a., n.k.a.).</param>
/// <param name="Countries">Country hints: ISO alpha-2 codes or English names (see <see cref="CountryKeys"/>).</param>
/// <param name="Programs">Sanctions programs, or the references a denial cites (authority reference, classification code).</param>
/// <param name="Remarks">Free text of the list.</param>
public sealed record ListedParty(
    string ListId,
    string EntryId,
    string Name,
    ListedPartyType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Programs,
    string? Remarks)
{
    private static readonly IReadOnlyDictionary<string, string> _noDetails = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Further fields of the list that are not matched on but are part of the entry (title, vessel flag...).</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = _noDetails;

    /// <summary>The SHA-256 of the entry's content (<see cref="ListedPartyContent.Hash"/>).</summary>
    public string ComputeContentHash() => ListedPartyContent.Hash(this);
}
