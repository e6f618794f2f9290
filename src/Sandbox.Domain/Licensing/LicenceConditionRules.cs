using System.Text.RegularExpressions;
using Sandbox.Domain.Applications;
using static Sandbox.Domain.Licensing.LicenceConditionLimits;
using static Sandbox.Domain.Licensing.LicenceFormat;

namespace Sandbox.Domain.Licensing;

/// <summary>Checks licence conditions before a licence carries them: every number in range, lists well-formed, at least one purpose.</summary>
public static partial class LicenceConditionRules
{
    /// <param name="prefix">The JSON path of the conditions in the request, prepended to every field named.</param>
    public static IReadOnlyList<FieldProblem> Validate(LicenceConditions? conditions, string prefix = "conditions")
    {
        var problems = new ProblemList();
        if (conditions is null)
        {
            problems.Add(string.IsNullOrEmpty(prefix) ? "$" : prefix, "Licence conditions are required.");
            return problems.Problems;
        }

        InRange(problems, Field(prefix, "retentionDays"), conditions.RetentionDays, 1, MaxRetentionDays, "days");
        if (conditions.DataLocalizationRegion is { } region && !IsRegionCode(region))
        {
            problems.Add(Field(prefix, "dataLocalizationRegion"),
                $"'{region}' is not a region: use 2 to 10 upper-case letters, digits or dashes, such as EU, or leave it out for no region lock.");
        }

        InRange(problems, Field(prefix, "minimumCellSize"), conditions.MinimumCellSize, MinCellSize, MaxCellSize, "people");
        if (conditions.AggregateOnly && conditions.MinimumCellSize is null)
        {
            problems.Add(Field(prefix, "minimumCellSize"),
                $"Aggregate-only output needs a minimum cell size from {Number(MinCellSize)} to {Number(MaxCellSize)} people.");
        }

        DeniedFields(problems, Field(prefix, "deniedFields"), conditions.DeniedFields);
        InRange(problems, Field(prefix, "maxRowsPerQuery"), conditions.MaxRowsPerQuery, 1, MaxRowsPerQuery, "rows");
        InRange(problems, Field(prefix, "queriesPerDay"), conditions.QueriesPerDay, 1, MaxQueriesPerDay, "queries");
        Purposes(problems, Field(prefix, "declaredPurposes"), conditions.DeclaredPurposes);
        Narrative(problems, Field(prefix, "narrative"), conditions.Narrative);
        return problems.Problems;
    }

    /// <summary>A region code such as <c>EU</c> or <c>EU-WEST</c>: 2–10 upper-case letters, digits or dashes, not starting with a dash.</summary>
    public static bool IsRegionCode(string? value) => value is not null && RegionPattern().IsMatch(value);

    /// <summary>A field identifier such as <c>subscriber_id</c>: a letter, then up to 63 letters, digits or underscores.</summary>
    public static bool IsFieldIdentifier(string? value) => value is not null && FieldPattern().IsMatch(value);

    private static void InRange(ProblemList problems, string field, int? value, int min, int max, string unit)
    {
        if (value is { } number && (number < min || number > max))
        {
            problems.Add(field, $"Give from {Number(min)} to {Number(max)} {unit}, or leave it out for no limit (this is {Number(number)}).");
        }
    }

    private static void DeniedFields(ProblemList problems, string field, IReadOnlyList<string>? fields)
    {
        if (NullList(problems, field, fields))
        {
            return;
        }

        problems.Count(field, fields, MaxDeniedFields);
        var firstIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            if (!IsFieldIdentifier(fields[i]))
            {
                problems.Add(At(field, i), $"'{fields[i]}' is not a field identifier: a letter, then up to 63 letters, digits or underscores.");
            }
            else if (!firstIndex.TryAdd(fields[i], i))
            {
                problems.Add(At(field, i), $"'{fields[i]}' is already listed at {At(field, firstIndex[fields[i]])}.");
            }
        }
    }

    private static void Purposes(ProblemList problems, string field, IReadOnlyList<string>? purposes)
    {
        if (NullList(problems, field, purposes))
        {
            return;
        }

        if (purposes.Count == 0)
        {
            problems.Add(field, "Name at least one purpose: a licence permits only the purposes it names.");
        }

        problems.Count(field, purposes, MaxDeclaredPurposes);
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < purposes.Count; i++)
        {
            if (Text(problems, At(field, i), purposes[i], MaxPurposeLength, "A purpose") && !firstIndex.TryAdd(TextKey(purposes[i]), i))
            {
                problems.Add(At(field, i), $"'{purposes[i].Trim()}' is already listed at {At(field, firstIndex[TextKey(purposes[i])])}.");
            }
        }
    }

    private static void Narrative(ProblemList problems, string field, IReadOnlyList<string>? narrative)
    {
        if (NullList(problems, field, narrative))
        {
            return;
        }

        problems.Count(field, narrative, MaxNarrative);
        for (var i = 0; i < narrative.Count; i++)
        {
            Text(problems, At(field, i), narrative[i], MaxNarrativeLength, "A narrative condition");
        }
    }

    /// <summary>True when the text is present and short enough.</summary>
    private static bool Text(ProblemList problems, string field, string? value, int max, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(field, $"{what} cannot be blank; remove the entry instead.");
            return false;
        }

        var before = problems.Problems.Count;
        problems.Length(field, value, max);
        return problems.Problems.Count == before;
    }

    private static bool NullList(ProblemList problems, string field, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] IReadOnlyList<string>? items)
    {
        if (items is null)
        {
            problems.Add(field, "Send a list (it may be empty), not null.");
        }

        return items is null;
    }

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9-]{1,9}\z", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9_]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPattern();
}
