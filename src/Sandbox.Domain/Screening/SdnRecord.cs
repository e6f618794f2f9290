namespace Sandbox.Domain.Screening;

/// <summary>The kind of party an SDN row lists; the legacy CSV writes <c>-0-</c> for entities.</summary>
public enum SdnPartyType
{
    Entity,
    Individual,
    Vessel,
    Aircraft,
}

/// <summary>One row of the OFAC SDN list: the primary name, its aliases and best-effort country hints.</summary>
public sealed record SdnRecord(
    int Id,
    string Name,
    SdnPartyType Type,
    IReadOnlyList<string> Programs,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Countries,
    string? Remarks);
