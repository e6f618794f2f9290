using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Screening;

/// <summary>One imported list entry as stored: the listed party, its content hash and the import that wrote this version.</summary>
public sealed record ScreeningEntry
{
    /// <summary>The entry id within its list.</summary>
    public required string Id { get; init; }

    public required string List { get; init; }

    public required string Name { get; init; }

    public required ListedPartyType Type { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<string> Programs { get; init; } = [];

    public string? Remarks { get; init; }

    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary><see cref="ListedPartyContent.Hash"/> of this version.</summary>
    public required string ContentHash { get; init; }

    public required string ImportId { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }

    public static ScreeningEntry From(ListedParty party, string contentHash, string importId, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new ScreeningEntry
        {
            Id = party.EntryId,
            List = party.ListId,
            Name = party.Name,
            Type = party.Type,
            Aliases = party.Aliases,
            Countries = party.Countries,
            Programs = party.Programs,
            Remarks = party.Remarks,
            Details = party.Details,
            ContentHash = contentHash,
            ImportId = importId,
            ImportedAt = importedAt,
        };
    }

    public ListedParty ToParty() => new(List, Id, Name, Type, Aliases, Countries, Programs, Remarks) { Details = Details };
}
