using Sandbox.Domain.Applications;
using static Sandbox.Domain.Licensing.LicenceFormat;

namespace Sandbox.Domain.Licensing;

public sealed partial record LicenceConditions
{
    /// <summary>True when every field is at least as strict as <paramref name="other"/>'s, in the order <see cref="Strictest"/> uses.</summary>
    public bool IsAtLeastAsStrictAs(LicenceConditions other) => ShortfallsAgainst(other).Count == 0;

    /// <summary>Each field where these conditions allow more than <paramref name="floor"/> does, named by its JSON path.</summary>
    public IReadOnlyList<FieldProblem> ShortfallsAgainst(LicenceConditions floor, string prefix = "conditions")
    {
        ArgumentNullException.ThrowIfNull(floor);
        var shortfalls = new List<FieldProblem>();
        void Add(string field, string message) => shortfalls.Add(new(Field(prefix, field), message));

        if (floor.RetentionDays is { } days && !(RetentionDays <= days))
        {
            Add("retentionDays", $"The minimum conditions keep raw data at most {Number(days)} days; {(RetentionDays is { } own ? $"this keeps it {Number(own)} days" : "this sets no limit")}.");
        }

        if (!string.IsNullOrWhiteSpace(floor.DataLocalizationRegion) && !string.Equals(DataLocalizationRegion, floor.DataLocalizationRegion, StringComparison.OrdinalIgnoreCase))
        {
            Add("dataLocalizationRegion", DataLocalizationRegion is null
                ? $"The minimum conditions keep data in {floor.DataLocalizationRegion}; this sets no region."
                : $"The minimum conditions keep data in {floor.DataLocalizationRegion}, this in {DataLocalizationRegion}: choose one region both allow.");
        }

        Requirement(floor.AggregateOnly, AggregateOnly, "aggregateOnly", "only aggregate statistics leave the environment", Add);
        if (floor.MinimumCellSize is { } cells && !(MinimumCellSize >= cells))
        {
            Add("minimumCellSize", $"The minimum conditions suppress cells under {Number(cells)} people; this suppresses {(MinimumCellSize is { } own ? "under " + Number(own) : "none")}.");
        }

        Requirement(floor.NoRawIdentifiers, NoRawIdentifiers, "noRawIdentifiers", "no direct identifiers leave the environment", Add);
        var denied = Present(DeniedFields).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missingFields = Present(floor.DeniedFields).Where(field => !denied.Contains(field)).ToList();
        if (missingFields.Count > 0)
        {
            Add("deniedFields", "The minimum conditions also deny " + string.Join(", ", missingFields) + ".");
        }

        AtMost(floor.MaxRowsPerQuery, MaxRowsPerQuery, "maxRowsPerQuery", "rows a query", Add);
        AtMost(floor.QueriesPerDay, QueriesPerDay, "queriesPerDay", "queries a day", Add);
        Requirement(floor.ExportRequiresReview, ExportRequiresReview, "exportRequiresReview", "every output passes airlock review", Add);
        Requirement(floor.TelemetryRequired, TelemetryRequired, "telemetryRequired", "the environment streams telemetry", Add);
        Purposes(floor, Add);
        var narrative = Present(Narrative).Select(TextKey).ToHashSet(StringComparer.Ordinal);
        foreach (var condition in Present(floor.Narrative).Where(text => !narrative.Contains(TextKey(text))))
        {
            Add("narrative", $"Keep the condition \"{condition.Trim()}\".");
        }

        return shortfalls;
    }

    private void Purposes(LicenceConditions floor, Action<string, string> add)
    {
        var allowed = Present(floor.DeclaredPurposes).Select(TextKey).ToHashSet(StringComparer.Ordinal);
        if (allowed.Count == 0)
        {
            return;
        }

        var own = DeclaredPurposes ?? [];
        if (!Present(own).Any())
        {
            add("declaredPurposes", "Name the purposes; the minimum conditions permit only " + string.Join("; ", Present(floor.DeclaredPurposes)) + ".");
        }

        for (var i = 0; i < own.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(own[i]) && !allowed.Contains(TextKey(own[i])))
            {
                add(At("declaredPurposes", i), $"'{own[i].Trim()}' is not a purpose the minimum conditions permit.");
            }
        }
    }

    private static void Requirement(bool required, bool set, string field, string what, Action<string, string> add)
    {
        if (required && !set)
        {
            add(field, $"The minimum conditions require that {what}.");
        }
    }

    private static void AtMost(int? floor, int? value, string field, string what, Action<string, string> add)
    {
        if (floor is { } max && !(value <= max))
        {
            add(field, $"The minimum conditions allow at most {Number(max)} {what}; {(value is { } own ? $"this allows {Number(own)}" : "this sets no limit")}.");
        }
    }
}
