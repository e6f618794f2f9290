using Sandbox.Domain.Licensing;

namespace Sandbox.Domain.Sandboxes;

public static partial class GatewayQueryRules
{
    /// <summary>
    /// The first licence condition that refuses a validated query, checked in this order: declaredPurposes, deniedFields,
    /// noRawIdentifiers, aggregateOnly, maxRowsPerQuery; null when the licence allows it.
    /// </summary>
    public static ConditionRefusal? Enforce(GatewayQuery query, DatasetRecipe dataset, LicenceConditions conditions)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(conditions);
        return Purpose(query, conditions)
            ?? Denied(query, dataset, conditions)
            ?? Identifiers(query, dataset, conditions)
            ?? (conditions.AggregateOnly && query.Select is { Count: > 0 }
                ? new ConditionRefusal("aggregateOnly", "The licence allows aggregates only: count, sum or average instead of selecting rows.", "select")
                : null)
            ?? (conditions.AggregateOnly ? RecordKeyFilter(query, dataset) : null)
            ?? (query.Limit is { } limit && conditions.MaxRowsPerQuery is { } max && limit > max
                ? new ConditionRefusal("maxRowsPerQuery", Text($"The licence allows at most {max:N0} rows a query; this asks for {limit:N0}."), "limit")
                : null);
    }

    /// <summary>
    /// The airlock's re-check before an export is released: <see cref="Enforce"/>, then no identifier column in the result
    /// under noRawIdentifiers, and only aggregate results when the licence sets a minimum cell size.
    /// </summary>
    public static ConditionRefusal? CheckExport(GatewayQuery query, DatasetRecipe dataset, LicenceConditions conditions)
    {
        if (Enforce(query, dataset, conditions) is { } refusal)
        {
            return refusal;
        }

        if (conditions.NoRawIdentifiers && IdentifierColumn(query, dataset) is { } column)
        {
            return new ConditionRefusal("noRawIdentifiers", $"The result column '{column}' holds direct identifiers, which may not leave the sandbox.", null);
        }

        return conditions.MinimumCellSize is { } size && !query.IsAggregate
            ? new ConditionRefusal("minimumCellSize", Text($"Only aggregates, with groups of fewer than {size} suppressed, may leave the sandbox; export counts or averages instead of rows."), "select")
            : null;
    }

    private static ConditionRefusal? Purpose(GatewayQuery query, LicenceConditions conditions)
    {
        var declared = conditions.DeclaredPurposes ?? [];
        if (string.IsNullOrWhiteSpace(query.Purpose))
        {
            return new ConditionRefusal("declaredPurposes", "Say which of the licence's declared purposes this query serves.", "purpose");
        }

        if (declared.Count == 0)
        {
            return new ConditionRefusal("declaredPurposes", "The licence declares no purpose, so it allows no query.", "purpose");
        }

        return declared.Contains(query.Purpose, StringComparer.Ordinal)
            ? null
            : new ConditionRefusal("declaredPurposes", $"'{query.Purpose}' is not a purpose the licence declares; it declares: {string.Join("; ", declared)}.", "purpose");
    }

    private static ConditionRefusal? Denied(GatewayQuery query, DatasetRecipe dataset, LicenceConditions conditions)
    {
        var denied = (conditions.DeniedFields ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return denied.Count > 0 && Uses(query, dataset).FirstOrDefault(use => denied.Contains(use.Field)) is { Path: not null } use
            ? new ConditionRefusal("deniedFields", $"The licence denies the field '{use.Field}'.", use.Path)
            : null;
    }

    private static ConditionRefusal? Identifiers(GatewayQuery query, DatasetRecipe dataset, LicenceConditions conditions)
    {
        if (!conditions.NoRawIdentifiers)
        {
            return null;
        }

        // Only counting an identifier is safe: min, max, sum and average all give values away (a sum over a group of one is the value).
        var use = Uses(query, dataset).FirstOrDefault(u => dataset.Field(u.Field)?.Class == FieldClass.Identifier && u.Function is not GatewayFunctions.Count);
        return use.Path is null
            ? null
            : new ConditionRefusal("noRawIdentifiers", $"'{use.Field}' is a direct identifier and the licence allows no raw identifiers; count it instead.", use.Path);
    }

    /// <summary>
    /// Under aggregate-only, a filter on a field that tells records apart (an identifier, or a key generated as a
    /// sequence) narrows an aggregate to one record, which small-cell suppression cannot hide.
    /// </summary>
    private static ConditionRefusal? RecordKeyFilter(GatewayQuery query, DatasetRecipe dataset)
    {
        var filters = query.Filters ?? [];
        for (var i = 0; i < filters.Count; i++)
        {
            if (dataset.Field(filters[i].Field) is { } field && IsRecordKey(field))
            {
                return new ConditionRefusal("aggregateOnly",
                    $"'{field.Name}' tells records apart; an aggregate-only licence does not allow filtering on it, as that would single records out.", At("filters", i) + ".field");
            }
        }

        return null;
    }

    private static bool IsRecordKey(DatasetField field) =>
        field.Class == FieldClass.Identifier || string.Equals(field.Generator.Kind, GeneratorKinds.Sequence, StringComparison.Ordinal);

    /// <summary>A result column whose values are an identifier field's: the field itself, or its min or max.</summary>
    private static string? IdentifierColumn(GatewayQuery query, DatasetRecipe dataset)
    {
        bool IsIdentifier(string? field) => field is not null && dataset.Field(field)?.Class == FieldClass.Identifier;

        return query.IsAggregate
            ? (query.GroupBy ?? []).FirstOrDefault(IsIdentifier)
                ?? query.Aggregates.FirstOrDefault(a => a.Function is GatewayFunctions.Min or GatewayFunctions.Max && IsIdentifier(a.Field))?.Column
            : (query.Select ?? []).FirstOrDefault(IsIdentifier);
    }

    /// <summary>
    /// Every place the query reads a field, in request order: select, aggregates (with the function), filters, groupBy,
    /// and orderBy columns that are fields rather than aggregate columns.
    /// </summary>
    private static IEnumerable<FieldUse> Uses(GatewayQuery query, DatasetRecipe dataset)
    {
        var select = query.Select ?? [];
        for (var i = 0; i < select.Count; i++)
        {
            yield return new FieldUse(At("select", i), select[i], null);
        }

        var aggregates = query.Aggregates ?? [];
        for (var i = 0; i < aggregates.Count; i++)
        {
            if (aggregates[i]?.Field is { } field)
            {
                yield return new FieldUse(At("aggregates", i) + ".field", field, aggregates[i].Function);
            }
        }

        var filters = query.Filters ?? [];
        for (var i = 0; i < filters.Count; i++)
        {
            yield return new FieldUse(At("filters", i) + ".field", filters[i].Field, null);
        }

        var groupBy = query.GroupBy ?? [];
        for (var i = 0; i < groupBy.Count; i++)
        {
            yield return new FieldUse(At("groupBy", i), groupBy[i], null);
        }

        var columns = aggregates.Select(a => a.Column).ToHashSet(StringComparer.Ordinal);
        var order = query.OrderBy ?? [];
        for (var i = 0; i < order.Count; i++)
        {
            if (!columns.Contains(order[i].Column) && dataset.IndexOf(order[i].Column) >= 0)
            {
                yield return new FieldUse(At("orderBy", i) + ".column", order[i].Column, null);
            }
        }
    }

    private readonly record struct FieldUse(string? Path, string Field, string? Function);
}
