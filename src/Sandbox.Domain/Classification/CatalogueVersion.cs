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

    /// <summary>Entries without a review date are reviewed this long after their version takes effect (as denials are under EU 2021/821).</summary>
    public const int DefaultReviewYears = 3;

    public required int Version { get; init; }

    public required DateTimeOffset EffectiveFrom { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }

    public required string PublishedBy { get; init; }

    public required string ChangeNote { get; init; }

    public required IReadOnlyList<ControlEntry> Entries { get; init; }

    /// <summary>Every problem found, each naming its field by its JSON path; empty when the version can be published.</summary>
    public IReadOnlyList<FieldProblem> Validate() => CatalogueValidator.Validate(this);

    /// <summary>The last day the entry's classification applies unless renewed.</summary>
    public DateOnly ReviewByOf(ControlEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.ReviewBy ?? DateOnly.FromDateTime(EffectiveFrom.UtcDateTime).AddYears(DefaultReviewYears);
    }

    /// <summary>The entry with exactly this code, or null.</summary>
    public ControlEntry? Find(string code) =>
        Entries?.FirstOrDefault(entry => string.Equals(entry?.Code, code, StringComparison.Ordinal));
}
