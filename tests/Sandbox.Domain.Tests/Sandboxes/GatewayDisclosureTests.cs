using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;
using static Sandbox.Domain.Tests.Sandboxes.Datasets;

namespace Sandbox.Domain.Tests.Sandboxes;

/// <summary>Ways an aggregate could single out one record, and what closes each (from the security review of #6).</summary>
public sealed class GatewayDisclosureTests
{
    private static readonly LicenceConditions AggregateOnly = Open with { AggregateOnly = true, MinimumCellSize = 3, NoRawIdentifiers = true };

    [Theory]
    [InlineData("sum")]
    [InlineData("avg")]
    [InlineData("min")]
    [InlineData("max")]
    public void Under_no_raw_identifiers_only_counting_an_identifier_is_allowed(string function)
    {
        var refused = GatewayQueryRules.Enforce(Aggregate(new GatewayAggregate(function, "plate")), Events, Open with { NoRawIdentifiers = true });

        Assert.Equal(("noRawIdentifiers", "aggregates[0].field"), (refused?.Condition, refused?.Path));
        Assert.Null(GatewayQueryRules.Enforce(Aggregate(new GatewayAggregate("count", "plate")), Events, Open with { NoRawIdentifiers = true }));
    }

    [Fact]
    public void Under_aggregate_only_a_filter_on_a_record_key_is_refused_and_on_other_fields_allowed()
    {
        var byKey = Aggregate(new GatewayAggregate("count")) with { Filters = [Filter("event_id", "eq", "e4")] };
        var byZone = Aggregate(new GatewayAggregate("count")) with { Filters = [Filter("zone", "eq", "north")] };

        var refused = GatewayQueryRules.Enforce(byKey, Events, AggregateOnly);

        Assert.Equal(("aggregateOnly", "filters[0].field"), (refused?.Condition, refused?.Path));
        Assert.Null(GatewayQueryRules.Enforce(byZone, Events, AggregateOnly));
        Assert.Null(GatewayQueryRules.Enforce(byKey, Events, Open));
    }

    [Fact]
    public void A_field_aggregate_over_fewer_values_than_the_cell_size_is_withheld_even_in_a_large_group()
    {
        // zone north has 4 rows (enough for a cell of 3) but only 3 plates and 4 durations; with a cell of 4 the plate count is withheld.
        var query = Aggregate(new GatewayAggregate("count"), new GatewayAggregate("count", "plate"), new GatewayAggregate("sum", "duration")) with { GroupBy = ["zone"] };

        var result = GatewayQueryEvaluator.Evaluate(query, Events, EventRows, Open with { MinimumCellSize = 4 });

        var north = Assert.Single(result.Rows);
        Assert.Equal<object?>(["north", 4L, null, 120L], north);
    }
}
