using System.Globalization;

namespace Sandbox.Domain.Classification;

/// <summary>What changed between two catalogue versions, entry by entry, so cases classified under a changed entry can be re-reviewed.</summary>
public static class CatalogueChanges
{
    private const string Arrow = " \u2192 ";
    private const string NoneText = "(none)";

    /// <summary>
    /// The changes ordered by code (ordinal), then by kind; an entry can have several (impact and cross references).
    /// Entries are matched by code: a renamed code is a removal plus an addition.
    /// </summary>
    public static IReadOnlyList<EntryChange> Between(CatalogueVersion before, CatalogueVersion after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = ByCode(before);
        var current = ByCode(after);
        var changes = new List<EntryChange>();
        foreach (var code in old.Keys.Union(current.Keys).Order(StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(code);
            var now = current.GetValueOrDefault(code);
            if (was is null)
            {
                changes.Add(new(code, EntryChangeKind.Added, $"Added: {now!.Title} (impact {now.ImpactRating})"));
            }
            else if (now is null)
            {
                changes.Add(new(code, EntryChangeKind.Removed, $"Removed: {was.Title} (was impact {was.ImpactRating})"));
            }
            else
            {
                Compare(changes, code, was, now);
            }
        }

        return changes;
    }

    private static void Compare(List<EntryChange> changes, string code, ControlEntry was, ControlEntry now)
    {
        if (was.ImpactRating != now.ImpactRating)
        {
            changes.Add(new(code, EntryChangeKind.ImpactChanged, $"Impact rating {was.ImpactRating}{Arrow}{now.ImpactRating}"));
        }

        var references = new List<string>();
        var wasRefs = was.CrossReferences ?? CrossReferences.None;
        var nowRefs = now.CrossReferences ?? CrossReferences.None;
        Describe(references, "Wassenaar", wasRefs.Wassenaar, nowRefs.Wassenaar);
        Describe(references, "EU Annex I", wasRefs.EuAnnexI, nowRefs.EuAnnexI);
        Describe(references, "US ECCN", wasRefs.UsEccn, nowRefs.UsEccn);
        if (references.Count > 0)
        {
            changes.Add(new(code, EntryChangeKind.CrossReferencesChanged, string.Join("; ", references)));
        }

        var definition = new List<string>();
        Describe(definition, "Title", was.Title, now.Title, quoteValues: true);
        if (!string.Equals(was.Description, now.Description, StringComparison.Ordinal))
        {
            definition.Add("Description changed");
        }

        if (!string.Equals(was.Notes, now.Notes, StringComparison.Ordinal))
        {
            definition.Add("Notes changed");
        }

        Describe(definition, "Review by", Date(was.ReviewBy), Date(now.ReviewBy));
        if (definition.Count > 0)
        {
            changes.Add(new(code, EntryChangeKind.DefinitionChanged, string.Join("; ", definition)));
        }
    }

    private static void Describe(List<string> parts, string what, string? was, string? now, bool quoteValues = false)
    {
        if (!string.Equals(was, now, StringComparison.Ordinal))
        {
            parts.Add(what + " " + Show(was, quoteValues) + Arrow + Show(now, quoteValues));
        }
    }

    private static string Show(string? value, bool quote) => value is null ? NoneText : quote ? $"'{value}'" : value;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, ControlEntry> ByCode(CatalogueVersion catalogue)
    {
        var byCode = new Dictionary<string, ControlEntry>(StringComparer.Ordinal);
        foreach (var entry in catalogue.Entries ?? [])
        {
            if (entry?.Code is not null)
            {
                byCode.TryAdd(entry.Code, entry);
            }
        }

        return byCode;
    }
}
