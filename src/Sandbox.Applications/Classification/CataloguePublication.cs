using Sandbox.Domain.Classification;

namespace Sandbox.Applications.Classification;

/// <summary>What publishing a catalogue version did: the entries that changed and the active cases flagged for re-review.</summary>
public sealed record CataloguePublication(CatalogueVersion Catalogue, IReadOnlyList<EntryChange> Changes, IReadOnlyList<string> FlaggedApplications);
