using System.Text.Json;
using static Sandbox.Domain.Sandboxes.GatewayQueryRules;

namespace Sandbox.Domain.Sandboxes;

internal sealed partial class QueryShape
{
    private static readonly string[] Ordering = ["lt", "le", "gt", "ge"];

    public void Filtered()
    {
        var filters = query.Filters ?? [];
        TooMany("filters", filters.Count, MaxFilters, "filters");
        for (var i = 0; i < filters.Count; i++)
        {
            var at = At("filters", i);
            if (filters[i] is not { } filter)
            {
                Add(at, "The filter is empty.");
                continue;
            }

            var field = Known(at + ".field", filter.Field);
            if (!GatewayFunctions.Operators.Contains(filter.Operator, StringComparer.Ordinal))
            {
                Add(at + ".operator", $"'{filter.Operator}' is not an operator; use one of {string.Join(", ", GatewayFunctions.Operators)}.");
            }
            else if (field is not null && field.Type == FieldType.Boolean && Ordering.Contains(filter.Operator, StringComparer.Ordinal))
            {
                Add(at + ".operator", $"'{field.Name}' is true or false; compare it with eq, ne or in.");
            }
            else if (field is not null)
            {
                FilterValue(at + ".value", filter, field);
            }
        }
    }

    private void FilterValue(string at, GatewayFilter filter, DatasetField field)
    {
        if (filter.Operator != "in")
        {
            var problem = ValueProblem(filter.Value, field.Type, nullAllowed: filter.Operator is "eq" or "ne");
            if (problem is not null)
            {
                Add(at, $"'{field.Name}': {problem}");
            }

            return;
        }

        if (filter.Value.ValueKind != JsonValueKind.Array || filter.Value.GetArrayLength() is 0 or > MaxInValues)
        {
            Add(at, Text($"in compares with an array of 1 to {MaxInValues} values."));
            return;
        }

        var index = 0;
        foreach (var item in filter.Value.EnumerateArray())
        {
            if (ValueProblem(item, field.Type, nullAllowed: true) is { } problem)
            {
                Add(At(at, index), $"'{field.Name}': {problem}");
            }

            index++;
        }
    }
}
