using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Screening;

/// <summary>What an import must write: the entries to upsert (added or changed) and the ids to delete, with the change list.</summary>
internal sealed record ScreeningListDiff(
    IReadOnlyList<(ListedParty Party, string Hash)> Upserts,
    IReadOnlyList<string> Deletes,
    IReadOnlyList<ScreeningEntryChange> Changes,
    int Added,
    int Changed,
    int Unchanged)
{
    public bool IsEmpty => Upserts.Count == 0 && Deletes.Count == 0;

    public static ScreeningListDiff Compute(IReadOnlyDictionary<string, ScreeningEntry> stored, IReadOnlyList<(ListedParty Party, string Hash)> incoming)
    {
        var upserts = new List<(ListedParty, string)>();
        var added = new List<ScreeningEntryChange>();
        var changed = new List<ScreeningEntryChange>();
        var unchanged = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (party, hash) in incoming)
        {
            seen.Add(party.EntryId);
            if (!stored.TryGetValue(party.EntryId, out var existing))
            {
                upserts.Add((party, hash));
                added.Add(new ScreeningEntryChange(party.EntryId, ScreeningChangeKind.Added, party.Name, []));
            }
            else if (!string.Equals(existing.ContentHash, hash, StringComparison.Ordinal))
            {
                upserts.Add((party, hash));
                changed.Add(new ScreeningEntryChange(party.EntryId, ScreeningChangeKind.Changed, party.Name, ListedPartyContent.ChangedFields(existing.ToParty(), party)));
            }
            else
            {
                unchanged++;
            }
        }

        var removed = stored.Values.Where(e => !seen.Contains(e.Id))
            .Select(e => new ScreeningEntryChange(e.Id, ScreeningChangeKind.Removed, e.Name, []))
            .ToList();
        var changes = added.Concat(changed).Concat(removed)
            .OrderBy(c => c.Kind).ThenBy(c => c.EntryId.Length).ThenBy(c => c.EntryId, StringComparer.Ordinal)
            .ToArray();
        return new ScreeningListDiff(upserts, removed.Select(r => r.EntryId).ToArray(), changes, added.Count, changed.Count, unchanged);
    }
}
