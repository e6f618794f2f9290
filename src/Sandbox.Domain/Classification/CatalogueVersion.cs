using Sandbox.Domain.Applications;

namespace Sandbox.Domain.Classification;

/// <summary>
/// One published version of the harmonized classification catalogue. Versions are immutable; a change is a new
/// version, and <see cref="CatalogueChanges.Between"/> tells which entries moved so affected cases can be re-reviewed.
/// </summary>
public sealed record CatalogueVersion
{
    public const int MaxPublishedByLength = 100;
    public const int MaxChangeNoteLength = 1000;

    public required int Version { get; init; }

    public required DateTimeOffset EffectiveFrom { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }

    public required string PublishedBy { get; init; }

    public required string ChangeNote { get; init; }

    public required IReadOnlyList<ControlEntry> Entries { get; init; }

    /// <summary>Every problem found, each naming its field by its JSON path; empty when the version can be published.</summary>
    public IReadOnlyList<FieldProblem> Validate() => CatalogueValidator.Validate(this);

    /// <summary>The entry with exactly this code, or null.</summary>
    public ControlEntry? Find(string code) =>
        Entries?.FirstOrDefault(entry => string.Equals(entry?.Code, code, StringComparison.Ordinal));
}
