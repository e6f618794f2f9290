using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;
using static Sandbox.Domain.Tests.Sandboxes.Datasets;

namespace Sandbox.Domain.Tests.Sandboxes;

public sealed class GatewayQueryEnforceTests
{
    private static ConditionRefusal? Enforce(GatewayQuery query, LicenceConditions conditions) => GatewayQueryRules.Enforce(query, Events, conditions);

    [Fact]
    public void An_open_licence_allows_a_row_query()
    {
        Assert.Null(Enforce(Query("event_id", "plate") with { Limit = 50_000 }, Open));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("test detection")]
    [InlineData("Train a model")]
    public void The_purpose_must_be_one_the_licence_declares_word_for_word(string? purpose)
    {
        var refusal = Enforce(Query("zone") with { Purpose = purpose }, Open);

        Assert.Equal("declaredPurposes", refusal?.Condition);
        Assert.Equal("purpose", refusal?.Path);
    }

    [Fact]
    public void A_licence_without_purposes_refuses_every_purpose()
    {
        Assert.Equal("declaredPurposes", Enforce(Query("zone"), new LicenceConditions())?.Condition);
    }

    [Fact]
    public void A_denied_field_is_refused_wherever_it_is_used()
    {
        var conditions = Open with { DeniedFields = ["Duration"] };

        Assert.Equal("select[1]", Enforce(Query("zone", "duration"), conditions)?.Path);
        Assert.Equal("filters[0].field", Enforce(Query("zone") with { Filters = [Filter("duration", "gt", 1)] }, conditions)?.Path);
        Assert.Equal("groupBy[0]", Enforce(Aggregate(new GatewayAggregate("count")) with { GroupBy = ["duration"] }, conditions)?.Path);
        Assert.Equal("aggregates[0].field", Enforce(Aggregate(new GatewayAggregate("sum", "duration")), conditions)?.Path);
        Assert.Equal("deniedFields", Enforce(Aggregate(new GatewayAggregate("count", "duration")), conditions)?.Condition);
        Assert.Null(Enforce(Query("zone") with { OrderBy = [new("zone")] }, conditions));
    }

    [Fact]
    public void No_raw_identifiers_refuses_identifier_fields_but_allows_counting_them()
    {
        var conditions = Open with { NoRawIdentifiers = true };

        Assert.Equal(new ConditionRefusal("noRawIdentifiers", Enforce(Query("plate"), conditions)!.Detail, "select[0]"), Enforce(Query("plate"), conditions));
        Assert.Equal("filters[0].field", Enforce(Query("zone") with { Filters = [Filter("plate", "eq", "AB-12")] }, conditions)?.Path);
        Assert.Equal("groupBy[0]", Enforce(Aggregate(new GatewayAggregate("count")) with { GroupBy = ["plate"] }, conditions)?.Path);
        Assert.Equal("aggregates[1].field", Enforce(Aggregate(new GatewayAggregate("count"), new GatewayAggregate("max", "plate")), conditions)?.Path);
        Assert.Null(Enforce(Aggregate(new GatewayAggregate("count", "plate")) with { GroupBy = ["zone"] }, conditions));
        Assert.Null(Enforce(Query("plate"), Open));
    }

    [Fact]
    public void Aggregate_only_refuses_a_row_query()
    {
        var conditions = Open with { AggregateOnly = true, MinimumCellSize = 5 };

        Assert.Equal(new ConditionRefusal("aggregateOnly", Enforce(Query("zone"), conditions)!.Detail, "select"), Enforce(Query("zone"), conditions));
        Assert.Null(Enforce(Aggregate(new GatewayAggregate("count")) with { GroupBy = ["zone"] }, conditions));
    }

    [Fact]
    public void A_limit_above_the_licence_maximum_is_refused_and_no_limit_is_not()
    {
        var conditions = Open with { MaxRowsPerQuery = 100 };

        Assert.Equal("maxRowsPerQuery", Enforce(Query("zone") with { Limit = 101 }, conditions)?.Condition);
        Assert.Null(Enforce(Query("zone") with { Limit = 100 }, conditions));
        Assert.Null(Enforce(Query("zone"), conditions));
    }

    [Fact]
    public void The_first_refusal_follows_the_order_of_the_conditions()
    {
        var strict = new LicenceConditions
        {
            DeclaredPurposes = [Purpose], DeniedFields = ["zone"], NoRawIdentifiers = true, AggregateOnly = true, MinimumCellSize = 5, MaxRowsPerQuery = 1,
        };
        var query = Query("zone", "plate") with { Limit = 5 };

        Assert.Equal("declaredPurposes", Enforce(query with { Purpose = "other" }, strict)?.Condition);
        Assert.Equal("deniedFields", Enforce(query, strict)?.Condition);
        Assert.Equal("noRawIdentifiers", Enforce(query, strict with { DeniedFields = [] })?.Condition);
        Assert.Equal("aggregateOnly", Enforce(query with { Select = ["kind"] }, strict)?.Condition);
        Assert.Equal("maxRowsPerQuery", Enforce(query with { Select = ["kind"] }, strict with { AggregateOnly = false })?.Condition);
    }

    [Fact]
    public void An_export_is_rechecked_and_holds_only_aggregates_under_a_minimum_cell_size()
    {
        var cells = Open with { MinimumCellSize = 5 };

        Assert.Equal("declaredPurposes", GatewayQueryRules.CheckExport(Query("zone") with { Purpose = null }, Events, cells)?.Condition);
        Assert.Equal("minimumCellSize", GatewayQueryRules.CheckExport(Query("zone"), Events, cells)?.Condition);
        Assert.Null(GatewayQueryRules.CheckExport(Aggregate(new GatewayAggregate("count")) with { GroupBy = ["zone"] }, Events, cells));
        Assert.Null(GatewayQueryRules.CheckExport(Query("zone"), Events, Open));
    }

    [Fact]
    public void An_export_never_holds_an_identifier_column_under_no_raw_identifiers()
    {
        var conditions = Open with { NoRawIdentifiers = true };

        Assert.Equal("noRawIdentifiers", GatewayQueryRules.CheckExport(Query("zone", "plate"), Events, conditions)?.Condition);
        Assert.Null(GatewayQueryRules.CheckExport(Aggregate(new GatewayAggregate("count", "plate")) with { GroupBy = ["zone"] }, Events, conditions));
    }

    [Theory]
    [InlineData(null, null, GatewayQueryRules.DefaultLimit)]
    [InlineData(null, 250, 250)]
    [InlineData(40, 250, 40)]
    [InlineData(null, 1_000_000, GatewayQueryRules.HardLimit)]
    [InlineData(500, 100, 100)]
    public void The_effective_limit_is_the_query_s_else_the_licence_s_else_the_default_never_above_the_hard_limit(int? limit, int? licence, int expected)
    {
        Assert.Equal(expected, GatewayQueryRules.EffectiveLimit(Query("zone") with { Limit = limit }, Open with { MaxRowsPerQuery = licence }));
    }
}
