namespace Sandbox.Domain.Screening;

/// <summary>The kind of a listed party. Individuals' "SURNAME, Given" names are reordered; the others drop legal-form noise.</summary>
public enum ListedPartyType
{
    Entity,
    Individual,
    Vessel,
    Aircraft,
}
