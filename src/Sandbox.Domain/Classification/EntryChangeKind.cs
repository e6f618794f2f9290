namespace Sandbox.Domain.Classification;

public enum EntryChangeKind
{
    Added,
    Removed,
    ImpactChanged,
    CrossReferencesChanged,

    /// <summary>Title, description, notes or review date changed.</summary>
    DefinitionChanged,
}
