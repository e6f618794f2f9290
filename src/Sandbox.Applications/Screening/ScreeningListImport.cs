namespace Sandbox.Applications.Screening;

/// <summary>
/// The record of one import of a list file: what was imported, by whom, and exactly how the stored list changed.
/// <see cref="Changes"/> lists the first <see cref="MaxListedChanges"/> changes (added, then changed, then removed,
/// by entry id); the counts are always complete.
/// </summary>
public sealed record ScreeningListImport
{
    public const int MaxListedChanges = 50;

    public required string Id { get; init; }

    public required string List { get; init; }

    /// <summary>The file name or URL the regulator gave.</summary>
    public required string SourceName { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string FileSha256 { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }

    public required string ImportedBy { get; init; }

    /// <summary>Entries in the file (and, after the import, in the store).</summary>
    public required int EntryCount { get; init; }

    public required int Added { get; init; }

    public required int Changed { get; init; }

    public required int Removed { get; init; }

    public required int Unchanged { get; init; }

    public IReadOnlyList<ScreeningEntryChange> Changes { get; init; } = [];

    /// <summary>True when there were more changes than <see cref="Changes"/> lists.</summary>
    public bool ChangesTruncated { get; init; }
}
