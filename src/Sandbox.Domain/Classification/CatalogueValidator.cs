using System.Globalization;
using Sandbox.Domain.Applications;

namespace Sandbox.Domain.Classification;

internal static class CatalogueValidator
{
    public static IReadOnlyList<FieldProblem> Validate(CatalogueVersion catalogue)
    {
        var problems = new List<FieldProblem>();
        if (catalogue.Version < 1)
        {
            problems.Add(new("version", "must be 1 or more"));
        }

        Text(problems, "publishedBy", catalogue.PublishedBy, CatalogueVersion.MaxPublishedByLength, required: true);
        Text(problems, "changeNote", catalogue.ChangeNote, CatalogueVersion.MaxChangeNoteLength, required: true);
        if (catalogue.Entries is not { Count: > 0 })
        {
            problems.Add(new("entries", "a catalogue needs at least one entry"));
            return problems;
        }

        var firstIndexByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < catalogue.Entries.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"entries[{i}]");
            var entry = catalogue.Entries[i];
            if (entry is null)
            {
                problems.Add(new(at, "is empty"));
                continue;
            }

            Entry(problems, at, entry);
            if (entry.ReviewBy is { } reviewBy && reviewBy <= DateOnly.FromDateTime(catalogue.EffectiveFrom.UtcDateTime))
            {
                problems.Add(new($"{at}.reviewBy", "must come after the version takes effect, or the entry would never apply"));
            }
            if (entry.Code is not null && !firstIndexByCode.TryAdd(entry.Code, i))
            {
                problems.Add(new($"{at}.code", string.Create(CultureInfo.InvariantCulture, $"'{entry.Code}' is already used by entries[{firstIndexByCode[entry.Code]}]")));
            }
        }

        return problems;
    }

    private static void Entry(List<FieldProblem> problems, string at, ControlEntry entry)
    {
        if (!ControlCodeFormat.IsHarmonizedCode(entry.Code))
        {
            problems.Add(new($"{at}.code", string.Create(CultureInfo.InvariantCulture,
                $"'{entry.Code}' must be upper-case letters and digits in dash-separated parts (like SBX-INT-SYS), at most {ControlCodeFormat.MaxCodeLength} characters")));
        }

        Text(problems, $"{at}.title", entry.Title, ControlEntry.MaxTitleLength, required: true);
        Text(problems, $"{at}.description", entry.Description, ControlEntry.MaxDescriptionLength, required: true);
        Text(problems, $"{at}.notes", entry.Notes, ControlEntry.MaxNotesLength, required: false);
        if (!Enum.IsDefined(entry.ImpactRating))
        {
            problems.Add(new($"{at}.impactRating", "must be Low, Moderate, High or Critical"));
        }

        if (entry.CrossReferences is not { } references)
        {
            problems.Add(new($"{at}.crossReferences", "is required; use {} when the entry has no listed counterpart"));
            return;
        }

        Reference(problems, $"{at}.crossReferences.wassenaar", references.Wassenaar, ControlCodeFormat.IsWassenaar, "a Wassenaar entry like 4.A.5 or 5.A.1.j");
        Reference(problems, $"{at}.crossReferences.euAnnexI", references.EuAnnexI, ControlCodeFormat.IsEuAnnexI, "an EU Annex I entry like 4A005 or 5A001.j");
        Reference(problems, $"{at}.crossReferences.usEccn", references.UsEccn, ControlCodeFormat.IsUsEccn, "a US ECCN like 5D001.e, or EAR99");
    }

    private static void Reference(List<FieldProblem> problems, string field, string? value, Func<string, bool> isValid, string expected)
    {
        if (value is not null && !isValid(value))
        {
            problems.Add(new(field, $"'{value}' is not {expected}"));
        }
    }

    private static void Text(List<FieldProblem> problems, string field, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required || value is not null)
            {
                problems.Add(new(field, required ? "is required" : "must not be blank; leave it out instead"));
            }
        }
        else if (value.Length > maxLength)
        {
            problems.Add(new(field, string.Create(CultureInfo.InvariantCulture, $"must be at most {maxLength} characters (is {value.Length})")));
        }
    }
}
