using System.Text;
using Microsoft.Data.Sqlite;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Storage.Sqlite;

/// <summary>
/// Turns a validated query into one parameterized statement. Pages use keyset pagination on
/// (sort value, pk, id), so a page never repeats or skips a row that did not change.
/// </summary>
internal sealed class SqliteQueryBuilder(ContainerDefinition definition, SqliteCommand command)
{
    private readonly StringBuilder _where = new("(expires_at IS NULL OR expires_at > @now)");
    private int _parameterCount;

    public static void BuildSelect(ContainerDefinition definition, SqliteCommand command, DocumentQuery query, IReadOnlyList<NormalizedFilter> filters, SqlitePosition? after, long now)
    {
        var builder = new SqliteQueryBuilder(definition, command);
        builder.AddScope(query.PartitionKey, filters, now);
        var sortExpression = query.OrderBy is { } order ? SqliteNames.Field(definition, order.Field) : null;
        if (sortExpression is not null)
        {
            builder._where.Append(" AND ").Append(sortExpression).Append(" IS NOT NULL");
        }

        if (after is not null)
        {
            builder.AddKeyset(sortExpression, query.OrderBy?.Descending ?? false, after);
        }

        var direction = query.OrderBy?.Descending == true ? "DESC" : "ASC";
        var orderBy = sortExpression is null ? "pk, id" : $"{sortExpression} {direction}, pk, id";
        var sortColumn = sortExpression ?? "NULL";
        command.CommandText =
            $"SELECT pk, id, body, etag, {sortColumn} FROM {SqliteNames.Table(definition)} WHERE {builder._where} ORDER BY {orderBy} LIMIT {builder.Add(query.PageSize + 1)}";
    }

    public static void BuildCount(ContainerDefinition definition, SqliteCommand command, DocumentQuery query, IReadOnlyList<NormalizedFilter> filters, long now)
    {
        var builder = new SqliteQueryBuilder(definition, command);
        builder.AddScope(query.PartitionKey, filters, now);
        command.CommandText = $"SELECT COUNT(*) FROM {SqliteNames.Table(definition)} WHERE {builder._where}";
    }

    private void AddScope(string? partitionKey, IReadOnlyList<NormalizedFilter> filters, long now)
    {
        command.Parameters.AddWithValue("@now", now);
        if (partitionKey is not null)
        {
            _where.Append(" AND pk = ").Append(Add(partitionKey));
        }

        foreach (var filter in filters)
        {
            _where.Append(" AND ").Append(Condition(filter));
        }
    }

    private string Condition(NormalizedFilter filter)
    {
        var field = SqliteNames.Field(definition, filter.Field);
        return filter.Operator switch
        {
            FilterOperator.Equal => $"{field} = {Add(filter.Values[0])}",
            FilterOperator.NotEqual => $"{field} != {Add(filter.Values[0])}",
            FilterOperator.GreaterThan => $"{field} > {Add(filter.Values[0])}",
            FilterOperator.GreaterThanOrEqual => $"{field} >= {Add(filter.Values[0])}",
            FilterOperator.LessThan => $"{field} < {Add(filter.Values[0])}",
            FilterOperator.LessThanOrEqual => $"{field} <= {Add(filter.Values[0])}",
            FilterOperator.In => $"{field} IN ({string.Join(", ", filter.Values.Select(Add))})",
            FilterOperator.ArrayContains => $"EXISTS (SELECT 1 FROM json_each(body, '$.{filter.Field.Value}') WHERE json_each.value = {Add(filter.Values[0])})",
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Operator, "Unknown filter operator."),
        };
    }

    private void AddKeyset(string? sortExpression, bool descending, SqlitePosition after)
    {
        var key = $"(pk, id) > ({Add(after.PartitionKey)}, {Add(after.Id)})";
        if (sortExpression is null)
        {
            _where.Append(" AND ").Append(key);
            return;
        }

        var value = Add(after.SortParameter() ?? DBNull.Value);
        var beyond = descending ? "<" : ">";
        _where.Append(" AND (" + sortExpression + " " + beyond + " " + value + " OR (" + sortExpression + " = " + value + " AND " + key + "))");
    }

    private string Add(object value)
    {
        var name = "@p" + _parameterCount++;
        command.Parameters.AddWithValue(name, value);
        return name;
    }
}
