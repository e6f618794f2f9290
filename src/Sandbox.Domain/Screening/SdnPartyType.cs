namespace Sandbox.Domain.Screening;

/// <summary>The kind of party an SDN row lists; the legacy CSV writes <c>-0-</c> for entities.</summary>
public enum SdnPartyType
{
    Entity,
    Individual,
    Vessel,
    Aircraft,
}
