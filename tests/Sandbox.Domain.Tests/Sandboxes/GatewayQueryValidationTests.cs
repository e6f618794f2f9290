using Sandbox.Domain.Sandboxes;
using static Sandbox.Domain.Tests.Sandboxes.Datasets;

namespace Sandbox.Domain.Tests.Sandboxes;

public sealed class GatewayQueryValidationTests
{
    private static readonly IReadOnlyList<DatasetRecipe> Sandbox = [Events, EveryKind];

    private static IEnumerable<string> Paths(GatewayQuery query) => GatewayQueryRules.Validate(query, Sandbox).Select(p => p.Path);

    [Fact]
    public void Well_formed_row_and_aggregate_queries_have_no_problems()
    {
        var rows = Query("event_id", "zone") with
        {
            Filters = [Filter("duration", "ge", 10), FilterJson("zone", "in", """["north", null]"""), Filter("at", "lt", "2025-01-01T05:00:00Z"), Filter("plate", "eq", null)],
            OrderBy = [new("zone", Descending: true)],
            Limit = 10,
        };
        var groups = Aggregate(new GatewayAggregate("count"), new GatewayAggregate("avg", "confidence"), new GatewayAggregate("max", "at", As: "last")) with { GroupBy = ["zone", "kind"], OrderBy = [new("last")] };

        Assert.Empty(GatewayQueryRules.Validate(rows, Sandbox));
        Assert.Empty(GatewayQueryRules.Validate(groups, Sandbox));
    }

    [Theory]
    [InlineData("", "Name the dataset")]
    [InlineData("Events", "no dataset 'Events'")]
    public void The_dataset_must_be_known_case_sensitively(string dataset, string message)
    {
        var problem = Assert.Single(GatewayQueryRules.Validate(Query("zone") with { Dataset = dataset }, Sandbox));

        Assert.Equal("dataset", problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Contains("events, sample", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_and_repeated_fields_are_named_by_their_position()
    {
        Assert.Equal(["select[1]", "select[2]"], Paths(Query("zone", "Zone", "zone")));
        Assert.Equal(["groupBy[0]"], Paths(Aggregate(new GatewayAggregate("count")) with { GroupBy = ["nowhere"] }));
        Assert.Equal(["filters[0].field"], Paths(Query("zone") with { Filters = [Filter("nowhere", "eq", 1)] }));
    }

    [Fact]
    public void A_query_selects_or_aggregates_and_groups_only_aggregates()
    {
        Assert.Equal(["select"], Paths(Query()));
        Assert.Equal(["select"], Paths(Query("zone") with { Aggregates = [new("count")] }));
        Assert.Equal(["groupBy"], Paths(Query("zone") with { GroupBy = ["zone"] }));
    }

    [Fact]
    public void Aggregates_need_known_functions_and_numbers_for_sum_and_avg()
    {
        var query = Aggregate(new GatewayAggregate("median", "duration"), new GatewayAggregate("sum", "zone"), new GatewayAggregate("avg"), new GatewayAggregate("count", "zone"), new GatewayAggregate("min", "kind"), new GatewayAggregate("sum", "duration"));

        Assert.Equal(["aggregates[0].function", "aggregates[1].field", "aggregates[2].field"], Paths(query));
    }

    [Fact]
    public void Aggregate_columns_are_unique_and_no_field_name()
    {
        Assert.Equal(["aggregates[1]"], Paths(Aggregate(new GatewayAggregate("count"), new GatewayAggregate("count"))));
        Assert.Equal(["aggregates[1].as"], Paths(Aggregate(new GatewayAggregate("count", As: "n"), new GatewayAggregate("sum", "duration", As: "n"))));
        Assert.Equal(["aggregates[0].as"], Paths(Aggregate(new GatewayAggregate("count", As: "zone"))));
        Assert.Equal(["aggregates[0].as"], Paths(Aggregate(new GatewayAggregate("count", As: "1st"))));
        Assert.Equal(["aggregates[1]"], Paths(Aggregate(new GatewayAggregate("count", "zone", As: "count_kind"), new GatewayAggregate("count", "kind"))));
    }

    [Fact]
    public void Filter_operators_and_values_must_fit_the_field()
    {
        var query = Query("zone") with
        {
            Filters =
            [
                Filter("duration", "like", 1),
                Filter("duration", "eq", "ten"),
                Filter("duration", "gt", 1.5),
                Filter("confidence", "lt", null),
                Filter("confirmed", "gt", true),
                FilterJson("zone", "in", "\"north\""),
                FilterJson("zone", "in", """["north", 3]"""),
                Filter("at", "ge", "2025-01-01"),
                new GatewayFilter("kind", "eq", default),
                Filter("confidence", "le", 1),
            ],
        };

        Assert.Equal(
            ["filters[0].operator", "filters[1].value", "filters[2].value", "filters[3].value", "filters[4].operator", "filters[5].value", "filters[6].value[1]", "filters[7].value", "filters[8].value"],
            Paths(query));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(GatewayQueryRules.HardLimit + 1)]
    public void The_limit_is_1_to_the_hard_limit(int limit)
    {
        Assert.Equal(["limit"], Paths(Query("zone") with { Limit = limit }));
        Assert.Empty(Paths(Query("zone") with { Limit = GatewayQueryRules.HardLimit }));
    }

    [Fact]
    public void Order_by_names_a_result_column()
    {
        Assert.Equal(["orderBy[0].column"], Paths(Query("zone") with { OrderBy = [new("kind")] }));
        Assert.Equal(["orderBy[1].column"], Paths(Query("zone") with { OrderBy = [new("zone"), new("zone", true)] }));
        Assert.Empty(Paths(Aggregate(new GatewayAggregate("sum", "duration")) with { GroupBy = ["kind"], OrderBy = [new("sum_duration"), new("kind")] }));
        Assert.Equal(["orderBy[0].column"], Paths(Aggregate(new GatewayAggregate("sum", "duration")) with { OrderBy = [new("duration")] }));
    }

    [Fact]
    public void A_query_has_at_most_20_filters_and_20_selected_fields()
    {
        var filters = Enumerable.Repeat(Filter("duration", "gt", 0), GatewayQueryRules.MaxFilters + 1).ToArray();
        var many = Enumerable.Range(0, 21).Select(i => "zone").ToArray();

        Assert.Equal(["filters"], Paths(Query("zone") with { Filters = filters }));
        Assert.Contains("select", Paths(Query(many)));
        Assert.Empty(Paths(Query("zone") with { Filters = filters[..GatewayQueryRules.MaxFilters] }));
    }
}
