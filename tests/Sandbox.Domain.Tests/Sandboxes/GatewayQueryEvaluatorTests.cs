using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;
using static Sandbox.Domain.Tests.Sandboxes.Datasets;

namespace Sandbox.Domain.Tests.Sandboxes;

public sealed class GatewayQueryEvaluatorTests
{
    private static QueryResult Run(GatewayQuery query, LicenceConditions? conditions = null)
    {
        Assert.Empty(GatewayQueryRules.Validate(query, [Events]));
        return GatewayQueryEvaluator.Evaluate(query, Events, EventRows, conditions ?? Open);
    }

    private static object?[] Ids(QueryResult result) => [.. result.Rows.Select(r => r[0])];

    [Fact]
    public void A_row_query_returns_the_selected_columns_of_matching_rows_in_row_order()
    {
        var result = Run(Query("event_id", "duration") with { Filters = [Filter("kind", "eq", "person"), Filter("duration", "ge", 15)] });

        Assert.Equal(["event_id", "duration"], result.Columns);
        Assert.Equal([["e3", 20L], ["e9", 15L], ["e10", 25L]], result.Rows);
        Assert.False(result.Truncated);
        Assert.Equal(10, result.RowsScanned);
        Assert.Equal(0, result.SuppressedGroups);
    }

    public static TheoryData<GatewayFilter, string[]> Filters() => new()
    {
        { Filter("plate", "ne", null), ["e1", "e2", "e4", "e6", "e8", "e10"] },
        { Filter("zone", "eq", null), ["e7"] },
        { FilterJson("zone", "in", """["east", null]"""), ["e6", "e7", "e10"] },
        { Filter("zone", "ne", "north"), ["e4", "e5", "e6", "e7", "e9", "e10"] },
        { Filter("duration", "lt", 100), ["e1", "e2", "e3", "e4", "e6", "e7", "e8", "e9", "e10"] },
        { Filter("duration", "le", 20), ["e1", "e3", "e7", "e9"] },
        { Filter("at", "ge", "2025-01-01T08:00:00Z"), ["e8", "e9"] },
        { Filter("confidence", "gt", 0.8), ["e1", "e6", "e8"] },
        { Filter("confidence", "gt", 0), ["e1", "e2", "e3", "e4", "e5", "e6", "e8", "e9", "e10"] },
        { Filter("confirmed", "eq", true), ["e1", "e2", "e4", "e6", "e8"] },
        { FilterJson("duration", "in", "[5, 60]"), ["e7", "e8"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Filters_compare_by_the_field_type_and_nulls_match_only_eq_null(GatewayFilter filter, string[] expected)
    {
        Assert.Equal(expected, Ids(Run(Query("event_id") with { Filters = [filter] })));
    }

    [Fact]
    public void Group_by_computes_each_aggregate_per_group_with_null_as_its_own_group_in_key_order()
    {
        var result = Run(Aggregate(new GatewayAggregate("count"), new GatewayAggregate("sum", "duration"), new GatewayAggregate("avg", "confidence"), new GatewayAggregate("min", "at"), new GatewayAggregate("max", "duration"), new GatewayAggregate("count", "plate")) with { GroupBy = ["zone"] });

        Assert.Equal(["zone", "count", "sum_duration", "avg_confidence", "min_at", "max_duration", "count_plate"], result.Columns);
        Assert.Equal([null, "east", "north", "south"], Ids(result));
        Assert.Equal([null, 1L, 5L, null, "2025-01-01T07:00:00Z", 5L, 0L], result.Rows[0]);
        Assert.Equal(["east", 2L, 65L, 0.8, "2025-01-01T06:00:00Z", 40L, 2L], result.Rows[1]);
        Assert.Equal(["north", 4L, 120L, 0.7375, "2025-01-01T01:00:00Z", 60L, 3L], result.Rows[2]);
        Assert.Equal(0.6, (double)result.Rows[3][3]!, 12);
        Assert.Equal(65L, result.Rows[3][2]);
    }

    [Fact]
    public void Sum_of_decimals_is_a_double_and_min_and_max_keep_the_field_type()
    {
        var result = Run(Aggregate(new GatewayAggregate("sum", "confidence"), new GatewayAggregate("min", "confirmed"), new GatewayAggregate("max", "zone"), new GatewayAggregate("avg", "duration")));

        var row = Assert.Single(result.Rows);
        Assert.Equal(6.35, (double)row[0]!, 12);
        Assert.Equal(false, row[1]);
        Assert.Equal("south", row[2]);
        Assert.Equal(255.0 / 9, (double)row[3]!, 12);
    }

    [Fact]
    public void Groups_below_the_minimum_cell_size_are_removed_and_counted_even_without_aggregate_only()
    {
        var result = Run(Aggregate(new GatewayAggregate("count")) with { GroupBy = ["zone"] }, Open with { MinimumCellSize = 3 });

        Assert.Equal([["north", 4L], ["south", 3L]], result.Rows);
        Assert.Equal(2, result.SuppressedGroups);
    }

    [Fact]
    public void Without_group_by_there_is_one_group_also_when_nothing_matches()
    {
        var none = Run(Aggregate(new GatewayAggregate("count"), new GatewayAggregate("sum", "duration")) with { Filters = [Filter("kind", "eq", "drone")] });
        var small = Run(Aggregate(new GatewayAggregate("count")) with { Filters = [Filter("zone", "eq", "east")] }, Open with { MinimumCellSize = 3 });

        Assert.Equal([[0L, null]], none.Rows);
        Assert.Empty(small.Rows);
        Assert.Equal(1, small.SuppressedGroups);
    }

    [Fact]
    public void A_row_query_stops_reading_after_the_limit_and_says_it_was_truncated()
    {
        var cut = Run(Query("event_id") with { Limit = 3 });
        var whole = Run(Query("event_id") with { Limit = 10 });

        Assert.Equal(["e1", "e2", "e3"], Ids(cut));
        Assert.True(cut.Truncated);
        Assert.Equal(4, cut.RowsScanned);
        Assert.False(whole.Truncated);
        Assert.Equal(10, whole.Rows.Count);
    }

    [Fact]
    public void The_licence_maximum_limits_a_query_without_a_limit_and_groups_are_limited_too()
    {
        var rows = Run(Query("event_id"), Open with { MaxRowsPerQuery = 2 });
        var groups = Run(Aggregate(new GatewayAggregate("count")) with { GroupBy = ["zone"], Limit = 2 });

        Assert.Equal(["e1", "e2"], Ids(rows));
        Assert.True(rows.Truncated);
        Assert.Equal([null, "east"], Ids(groups));
        Assert.True(groups.Truncated);
        Assert.Equal(10, groups.RowsScanned);
    }

    [Fact]
    public void No_query_returns_more_than_the_hard_limit()
    {
        var big = Recipe(GatewayQueryRules.HardLimit + 500, Field("n", FieldType.Integer, new() { Kind = "sequence" }));
        var query = new GatewayQuery { Dataset = "sample", Purpose = Purpose, Select = ["n"] };

        var result = GatewayQueryEvaluator.Evaluate(query, big, SyntheticDataGenerator.Generate(big), Open with { MaxRowsPerQuery = 1_000_000 });

        Assert.Equal(GatewayQueryRules.HardLimit, result.Rows.Count);
        Assert.True(result.Truncated);
    }

    [Fact]
    public void Order_by_sorts_nulls_first_ascending_last_descending_and_keeps_row_order_for_ties()
    {
        var descending = Run(Query("event_id", "duration") with { OrderBy = [new("duration", Descending: true)] });
        var ascending = Run(Query("event_id", "duration") with { OrderBy = [new("duration")], Limit = 2 });
        var ties = Run(Query("event_id", "kind") with { OrderBy = [new("kind", Descending: true)] });

        Assert.Equal(["e8", "e4", "e6", "e2", "e10", "e3", "e9", "e1", "e7", "e5"], Ids(descending));
        Assert.Equal(["e5", "e7"], Ids(ascending));
        Assert.True(ascending.Truncated);
        Assert.Equal(["e2", "e4", "e6", "e8", "e1", "e3", "e5", "e7", "e9", "e10"], Ids(ties));
    }

    [Fact]
    public void Aggregates_sort_by_an_aggregate_column_then_limit()
    {
        var result = Run(Aggregate(new GatewayAggregate("count", As: "events")) with { GroupBy = ["zone"], OrderBy = [new("events", Descending: true)], Limit = 3 });

        Assert.Equal([["north", 4L], ["south", 3L], ["east", 2L]], result.Rows);
        Assert.True(result.Truncated);
    }

    [Fact]
    public void Grouping_by_two_fields_orders_by_both_keys()
    {
        var result = Run(Aggregate(new GatewayAggregate("count")) with { GroupBy = ["zone", "kind"], Filters = [Filter("zone", "ne", null)] });

        Assert.Equal(
            [["east", "person", 1L], ["east", "vehicle", 1L], ["north", "person", 2L], ["north", "vehicle", 2L], ["south", "person", 2L], ["south", "vehicle", 1L]],
            result.Rows);
    }

    [Fact]
    public void Generated_rows_can_be_queried_and_the_group_counts_add_up()
    {
        var query = new GatewayQuery { Dataset = "sample", Purpose = Purpose, Aggregates = [new("count")], GroupBy = ["zone"] };
        Assert.Empty(GatewayQueryRules.Validate(query, [EveryKind]));

        var result = GatewayQueryEvaluator.Evaluate(query, EveryKind, SyntheticDataGenerator.Generate(EveryKind), Open);

        Assert.Equal(["a", "b", "c"], Ids(result));
        Assert.Equal(EveryKind.RowCount, result.Rows.Sum(r => (long)r[1]!));
    }
}
