using System.Text;
using Microsoft.Azure.Cosmos;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Storage.Cosmos;

/// <summary>
/// Turns a validated query into Cosmos SQL with parameters. Field paths are validated
/// identifiers written in bracket notation (so keywords such as <c>value</c> are safe);
/// every value is a parameter.
/// </summary>
internal sealed class CosmosQueryBuilder(ContainerDefinition definition)
{
    private readonly StringBuilder _where = new();
    private readonly List<(string Name, object Value)> _parameters = [];

    public static QueryDefinition Select(ContainerDefinition definition, DocumentQuery query, IReadOnlyList<NormalizedFilter> filters)
    {
        var builder = new CosmosQueryBuilder(definition);
        builder.AddScope(query.PartitionKey, filters);
        var orderBy = string.Empty;
        if (query.OrderBy is { } order)
        {
            var field = Path(order.Field);
            builder.And($"IS_DEFINED({field}) AND NOT IS_NULL({field})");
            orderBy = $" ORDER BY {field} {(order.Descending ? "DESC" : "ASC")}";
        }

        return builder.Build($"SELECT * FROM c{builder.WhereClause()}{orderBy}");
    }

    public static QueryDefinition Count(ContainerDefinition definition, DocumentQuery query, IReadOnlyList<NormalizedFilter> filters)
    {
        var builder = new CosmosQueryBuilder(definition);
        builder.AddScope(query.PartitionKey, filters);
        return builder.Build($"SELECT VALUE COUNT(1) FROM c{builder.WhereClause()}");
    }

    private static string Path(FieldPath field) =>
        "c" + string.Concat(field.Segments.Select(segment => "[\"" + segment + "\"]"));

    private void AddScope(string? partitionKey, IReadOnlyList<NormalizedFilter> filters)
    {
        // The request is also sent to that partition only; the filter keeps the SQL correct on its own.
        if (partitionKey is not null)
        {
            And($"{Path(definition.PartitionKey)} = {Add(partitionKey)}");
        }

        foreach (var filter in filters)
        {
            And(Condition(filter));
        }
    }

    private string Condition(NormalizedFilter filter)
    {
        var field = Path(filter.Field);
        return filter.Operator switch
        {
            FilterOperator.Equal => $"{field} = {Add(filter.Values[0])}",
            FilterOperator.NotEqual => $"{field} != {Add(filter.Values[0])}",
            FilterOperator.GreaterThan => $"{field} > {Add(filter.Values[0])}",
            FilterOperator.GreaterThanOrEqual => $"{field} >= {Add(filter.Values[0])}",
            FilterOperator.LessThan => $"{field} < {Add(filter.Values[0])}",
            FilterOperator.LessThanOrEqual => $"{field} <= {Add(filter.Values[0])}",
            FilterOperator.In => $"{field} IN ({string.Join(", ", filter.Values.Select(Add))})",
            FilterOperator.ArrayContains => $"ARRAY_CONTAINS({field}, {Add(filter.Values[0])})",
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Operator, "Unknown filter operator."),
        };
    }

    private void And(string condition)
    {
        _where.Append(_where.Length == 0 ? string.Empty : " AND ").Append(condition);
    }

    private string WhereClause() => _where.Length == 0 ? string.Empty : " WHERE " + _where;

    private string Add(object value)
    {
        var name = "@p" + _parameters.Count;
        _parameters.Add((name, value));
        return name;
    }

    private QueryDefinition Build(string text)
    {
        var definitionWithParameters = new QueryDefinition(text);
        foreach (var (name, value) in _parameters)
        {
            definitionWithParameters = definitionWithParameters.WithParameter(name, value);
        }

        return definitionWithParameters;
    }
}
