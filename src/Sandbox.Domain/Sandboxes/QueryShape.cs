using static Sandbox.Domain.Sandboxes.GatewayQueryRules;

namespace Sandbox.Domain.Sandboxes;

/// <summary>The shape checks of <see cref="GatewayQueryRules.Validate"/>, part by part of the request.</summary>
internal sealed partial class QueryShape(GatewayQuery query, DatasetRecipe dataset, List<QueryProblem> problems)
{
    private IReadOnlyList<string> Select => query.Select ?? [];

    private IReadOnlyList<GatewayAggregate> Aggregates => query.Aggregates ?? [];

    private IReadOnlyList<string> GroupBy => query.GroupBy ?? [];

    public void Kind()
    {
        if (Select.Count > 0 && Aggregates.Count > 0)
        {
            Add("select", "A query either selects fields or computes aggregates, not both; group by the fields to see them beside aggregates.");
        }
        else if (Select.Count == 0 && Aggregates.Count == 0)
        {
            Add("select", "Select at least one field, or compute an aggregate.");
        }
    }

    public void Selected()
    {
        TooMany("select", Select.Count, MaxSelected, "selected fields");
        Fields("select", Select);
    }

    public void Aggregated()
    {
        TooMany("aggregates", Aggregates.Count, MaxAggregates, "aggregates");
        var columns = GroupBy.Where(g => g is not null).Distinct(StringComparer.Ordinal).ToDictionary(g => g, _ => "groupBy", StringComparer.Ordinal);
        for (var i = 0; i < Aggregates.Count; i++)
        {
            var at = At("aggregates", i);
            if (Aggregates[i] is not { } aggregate)
            {
                Add(at, "The aggregate is empty.");
                continue;
            }

            if (!GatewayFunctions.Aggregates.Contains(aggregate.Function, StringComparer.Ordinal))
            {
                Add(at + ".function", $"'{aggregate.Function}' is not an aggregate; use one of {string.Join(", ", GatewayFunctions.Aggregates)}.");
                continue;
            }

            AggregateField(at, aggregate);
            if (aggregate.As is { } name && (!ColumnName().IsMatch(name) || dataset.IndexOf(name) >= 0))
            {
                Add(at + ".as", dataset.IndexOf(name) >= 0
                    ? $"'{name}' is a field of '{dataset.Name}'; name the column something else."
                    : $"'{name}' is not a column name: letters, digits and underscores, starting with a letter, at most 64.");
            }
            else if (!columns.TryAdd(aggregate.Column, at))
            {
                Add(aggregate.As is null ? at : at + ".as", $"The result already has a column '{aggregate.Column}' (from {columns[aggregate.Column]}); name this one with \"as\".");
            }
        }
    }

    public void Grouped()
    {
        if (GroupBy.Count > 0 && Aggregates.Count == 0)
        {
            Add("groupBy", "Group by only with aggregates to compute per group.");
        }

        TooMany("groupBy", GroupBy.Count, MaxGroupBy, "group-by fields");
        Fields("groupBy", GroupBy);
    }

    public void Ordered()
    {
        var order = query.OrderBy ?? [];
        TooMany("orderBy", order.Count, MaxOrderBy, "sort columns");
        var columns = query.Columns;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < order.Count; i++)
        {
            var at = At("orderBy", i) + ".column";
            if (order[i]?.Column is not { Length: > 0 } column)
            {
                Add(at, "Name the column to sort by.");
            }
            else if (!columns.Contains(column, StringComparer.Ordinal))
            {
                Add(at, $"'{column}' is not a column of the result; sort by one of: {string.Join(", ", columns)}.");
            }
            else if (!seen.Add(column))
            {
                Add(at, $"The result is already sorted by '{column}'.");
            }
        }
    }

    private void AggregateField(string at, GatewayAggregate aggregate)
    {
        if (aggregate.Field is null)
        {
            if (aggregate.Function != GatewayFunctions.Count)
            {
                Add(at + ".field", $"{aggregate.Function} needs a field.");
            }

            return;
        }

        var field = Known(at + ".field", aggregate.Field);
        if (field is not null && aggregate.Function is GatewayFunctions.Sum or GatewayFunctions.Avg && field.Type is not (FieldType.Integer or FieldType.Decimal))
        {
            Add(at + ".field", $"{aggregate.Function} needs a number; '{field.Name}' is {DatasetValues.Describe(field.Type)}.");
        }
    }

    private void Fields(string list, IReadOnlyList<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (Known(At(list, i), names[i]) is { } field && !seen.Add(field.Name))
            {
                Add(At(list, i), $"'{field.Name}' is named twice.");
            }
        }
    }

    private DatasetField? Known(string at, string? name)
    {
        var field = name is null ? null : dataset.Field(name);
        if (field is null)
        {
            Add(at, string.IsNullOrEmpty(name) ? "Name a field." : $"'{name}' is not a field of '{dataset.Name}' (names are case-sensitive).");
        }

        return field;
    }

    private void TooMany(string at, int count, int max, string what)
    {
        if (count > max)
        {
            Add(at, Text($"A query has at most {max} {what}; this has {count}."));
        }
    }

    private void Add(string path, string message) => problems.Add(new QueryProblem(path, message));
}
