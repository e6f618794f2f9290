using System.Text.Json;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Storage.Queries;

/// <summary>
/// Checks a query against its container's declaration and turns filter values into the few
/// JSON primitive types both providers compare the same way.
/// </summary>
public static class QueryRules
{
    public const int MaxInValues = 100;

    public static IReadOnlyList<NormalizedFilter> Validate(ContainerDefinition definition, DocumentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.PageSize is < 1 or > DocumentQuery.MaxPageSize)
        {
            throw new InvalidQueryException($"The page size must be between 1 and {DocumentQuery.MaxPageSize}; it was {query.PageSize}.");
        }

        if (query.PartitionKey is { Length: 0 })
        {
            throw new InvalidQueryException("An empty partition key scopes nothing; pass null to query across partitions.");
        }

        if (query.OrderBy is { } order)
        {
            RequireQueryable(definition, order.Field);
        }

        return query.Filters.Select(filter => Normalize(definition, filter)).ToArray();
    }

    private static NormalizedFilter Normalize(ContainerDefinition definition, QueryFilter filter)
    {
        RequireQueryable(definition, filter.Field);
        if (filter.Operator == FilterOperator.ArrayContains && (filter.Field == FieldPath.Id || filter.Field == definition.PartitionKey))
        {
            throw new InvalidQueryException($"'{filter.Field}' is a key, not an array.");
        }

        var expected = filter.Operator == FilterOperator.In ? (1, MaxInValues) : (1, 1);
        if (filter.Values.Count < expected.Item1 || filter.Values.Count > expected.Item2)
        {
            throw new InvalidQueryException(filter.Operator == FilterOperator.In
                ? $"An IN filter on '{filter.Field}' takes between 1 and {MaxInValues} values."
                : $"The filter on '{filter.Field}' takes exactly one value.");
        }

        return new NormalizedFilter(filter.Field, filter.Operator, filter.Values.Select(v => ToPrimitive(filter.Field, v)).ToArray());
    }

    private static void RequireQueryable(ContainerDefinition definition, FieldPath field)
    {
        if (!definition.IsQueryable(field))
        {
            throw new InvalidQueryException($"'{field}' is not a queryable field of '{definition.Name}'; declare it in the container definition.");
        }
    }

    /// <summary>Strings, booleans, 64-bit integers and doubles; dates become the UTC text that documents hold.</summary>
    public static object ToPrimitive(FieldPath field, object? value) => value switch
    {
        string or bool or long or double => value,
        int or short or byte or uint => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        float f => (double)f,
        decimal d => (double)d,
        DateTimeOffset date => JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(date.ToUniversalTime()))!,
        Enum e => e.ToString(),
        Guid g => g.ToString(),
        null => throw new InvalidQueryException($"The filter on '{field}' has a null value; nulls cannot be compared."),
        _ => throw new InvalidQueryException($"The filter on '{field}' has a value of type {value.GetType().Name}, which cannot be compared."),
    };
}
