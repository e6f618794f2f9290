using Sandbox.Domain.Licensing;

namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// Runs a validated and enforced <see cref="GatewayQuery"/> over rows aligned with the dataset's fields. Filters are AND-ed.
/// A row query returns the selected columns in row order (or <c>orderBy</c>); an aggregate query one row per group (null is
/// a group of its own), groups below the licence's minimum cell size removed and counted, in group-key order (or
/// <c>orderBy</c>). Both stop at <see cref="GatewayQueryRules.EffectiveLimit"/>.
/// </summary>
public static class GatewayQueryEvaluator
{
    public static QueryResult Evaluate(GatewayQuery query, DatasetRecipe dataset, IEnumerable<object?[]> rows, LicenceConditions conditions)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(conditions);
        var filters = RowFilter.For(query, dataset);
        var limit = GatewayQueryRules.EffectiveLimit(query, conditions);
        return query.IsAggregate ? Aggregate(query, dataset, rows, filters, limit, conditions.MinimumCellSize) : Select(query, dataset, rows, filters, limit);
    }

    private static QueryResult Select(GatewayQuery query, DatasetRecipe dataset, IEnumerable<object?[]> rows, RowFilter[] filters, int limit)
    {
        var columns = query.Select.Select(name => Index(dataset, name)).ToArray();
        var ordered = (query.OrderBy ?? []).Count > 0;
        var matched = new List<object?[]>();
        var scanned = 0;
        foreach (var row in rows)
        {
            scanned++;
            if (!filters.All(f => f.Matches(row)))
            {
                continue;
            }

            matched.Add([.. columns.Select(i => row[i])]);
            if (!ordered && matched.Count > limit)
            {
                break;
            }
        }

        return Finish(query, matched, limit, suppressed: 0, scanned);
    }

    private static QueryResult Aggregate(GatewayQuery query, DatasetRecipe dataset, IEnumerable<object?[]> rows, RowFilter[] filters, int limit, int? minimumCellSize)
    {
        var keys = (query.GroupBy ?? []).Select(name => Index(dataset, name)).ToArray();
        var groups = new Dictionary<object?[], Accumulator[]>(ValueOrder.Rows);
        var key = new object?[keys.Length];
        var scanned = 0;
        foreach (var row in rows)
        {
            scanned++;
            if (!filters.All(f => f.Matches(row)))
            {
                continue;
            }

            for (var k = 0; k < keys.Length; k++)
            {
                key[k] = row[keys[k]];
            }

            if (!groups.TryGetValue(key, out var group))
            {
                group = Accumulators(query, dataset);
                groups.Add([.. key], group);
            }

            foreach (var accumulator in group)
            {
                accumulator.Add(row);
            }
        }

        if (keys.Length == 0 && groups.Count == 0)
        {
            groups.Add([], Accumulators(query, dataset));
        }

        var kept = new List<object?[]>(groups.Count);
        var suppressed = 0;
        foreach (var (groupKey, group) in groups.OrderBy(g => g.Key, ValueOrder.Rows))
        {
            if (minimumCellSize is { } size && group[0].Rows < size)
            {
                suppressed++;
                continue;
            }

            kept.Add([.. groupKey, .. group.Select(a => a.ResultAtLeast(minimumCellSize))]);
        }

        return Finish(query, kept, limit, suppressed, scanned);
    }

    private static QueryResult Finish(GatewayQuery query, List<object?[]> rows, int limit, int suppressed, int scanned)
    {
        var columns = query.Columns;
        IEnumerable<object?[]> result = rows;
        var order = query.OrderBy ?? [];
        if (order.Count > 0)
        {
            var sort = order.Select(o => (Index: IndexOf(columns, o.Column), o.Descending)).ToArray();
            result = rows.Order(Comparer<object?[]>.Create((x, y) =>
            {
                foreach (var (index, descending) in sort)
                {
                    var compared = ValueOrder.Compare(x[index], y[index]);
                    if (compared != 0)
                    {
                        return descending ? -compared : compared;
                    }
                }

                return 0;
            }));
        }

        return new QueryResult(columns, [.. result.Take(limit)], suppressed, rows.Count > limit, scanned);
    }

    private static Accumulator[] Accumulators(GatewayQuery query, DatasetRecipe dataset) =>
        [.. query.Aggregates.Select(a => a.Field is null
            ? new Accumulator(a.Function, -1, FieldType.Integer)
            : new Accumulator(a.Function, Index(dataset, a.Field), dataset.Fields[Index(dataset, a.Field)].Type))];

    private static int Index(DatasetRecipe dataset, string field) =>
        dataset.IndexOf(field) is >= 0 and var index ? index : throw new ArgumentException($"'{field}' is not a field of '{dataset.Name}'; validate the query first.", nameof(dataset));

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{column}' is not a column of the result; validate the query first.", nameof(column));
    }
}
