using Sandbox.Domain.Licensing;
using static Sandbox.Domain.Tests.Licensing.Licences;

namespace Sandbox.Domain.Tests.Licensing;

public sealed class StrictestTests
{
    private static readonly LicenceConditions Loose = new() { DeclaredPurposes = ["Count crowd density at event entrances"] };

    [Fact]
    public void Each_field_takes_the_stricter_value()
    {
        var a = new LicenceConditions { RetentionDays = 90, MinimumCellSize = 5, MaxRowsPerQuery = 100, QueriesPerDay = null, DeniedFields = ["email", "name"], TelemetryRequired = true };
        var b = new LicenceConditions { RetentionDays = 30, MinimumCellSize = 10, MaxRowsPerQuery = null, QueriesPerDay = 50, DeniedFields = ["Email", "imei"], AggregateOnly = true, ExportRequiresReview = true, NoRawIdentifiers = true };

        var strictest = LicenceConditions.Strictest(a, b);

        Assert.Equal(30, strictest.RetentionDays);
        Assert.Equal(10, strictest.MinimumCellSize);
        Assert.Equal(100, strictest.MaxRowsPerQuery);
        Assert.Equal(50, strictest.QueriesPerDay);
        Assert.Equal(["email", "name", "imei"], strictest.DeniedFields);
        Assert.True(strictest.AggregateOnly && strictest.ExportRequiresReview && strictest.TelemetryRequired && strictest.NoRawIdentifiers);
    }

    [Fact]
    public void No_limit_on_both_sides_stays_no_limit()
    {
        var strictest = LicenceConditions.Strictest(new LicenceConditions(), new LicenceConditions());

        Assert.Equal(new LicenceConditions(), strictest);
    }

    [Fact]
    public void A_region_lock_is_stricter_than_none()
    {
        Assert.Equal("EU", LicenceConditions.Strictest(new LicenceConditions(), new LicenceConditions { DataLocalizationRegion = "EU" }).DataLocalizationRegion);
        Assert.Equal("EU", LicenceConditions.Strictest(new LicenceConditions { DataLocalizationRegion = "EU" }, new LicenceConditions()).DataLocalizationRegion);
    }

    [Fact]
    public void Conflicting_regions_keep_the_first_and_the_shortfall_against_the_second_names_the_region()
    {
        var a = Conditions with { DataLocalizationRegion = "EU" };
        var b = Conditions with { DataLocalizationRegion = "US" };

        var strictest = LicenceConditions.Strictest(a, b);

        Assert.Equal("EU", strictest.DataLocalizationRegion);
        Assert.True(strictest.IsAtLeastAsStrictAs(a));
        Assert.False(strictest.IsAtLeastAsStrictAs(b));
        var conflict = Assert.Single(strictest.ShortfallsAgainst(b));
        Assert.Equal("conditions.dataLocalizationRegion", conflict.Field);
        Assert.Contains("US", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Purposes_are_those_both_permit_and_an_empty_list_permits_any()
    {
        var application = new LicenceConditions { DeclaredPurposes = ["Count people", "Map flood damage"] };
        var licence = new LicenceConditions { DeclaredPurposes = [" map FLOOD damage", "Train a model"] };

        Assert.Equal([" map FLOOD damage"], LicenceConditions.Strictest(licence, application).DeclaredPurposes);
        Assert.Equal(application.DeclaredPurposes, LicenceConditions.Strictest(application, ProvisionalConditions.Floor).DeclaredPurposes);
    }

    [Fact]
    public void Disjoint_purposes_leave_none_which_validation_reports()
    {
        var strictest = LicenceConditions.Strictest(new LicenceConditions { DeclaredPurposes = ["Count people"] }, new LicenceConditions { DeclaredPurposes = ["Map flood damage"] });

        Assert.Empty(strictest.DeclaredPurposes);
        Assert.Contains("conditions.declaredPurposes", FieldsOf(LicenceConditionRules.Validate(strictest)));
    }

    [Fact]
    public void Narrative_conditions_of_both_are_kept_once()
    {
        var strictest = LicenceConditions.Strictest(
            new LicenceConditions { Narrative = ["Audit the logs.", "  "] },
            new LicenceConditions { Narrative = ["audit the logs. ", "Report incidents within 24 hours."] });

        Assert.Equal(["Audit the logs.", "Report incidents within 24 hours."], strictest.Narrative);
    }

    [Fact]
    public void Stricter_conditions_are_at_least_as_strict_and_looser_ones_are_not()
    {
        Assert.True(Conditions.IsAtLeastAsStrictAs(Loose));
        Assert.True((Conditions with { RetentionDays = 7, MinimumCellSize = 20 }).IsAtLeastAsStrictAs(Conditions));
        Assert.False((Conditions with { RetentionDays = 31 }).IsAtLeastAsStrictAs(Conditions));
        Assert.False((Conditions with { RetentionDays = null }).IsAtLeastAsStrictAs(Conditions));
        Assert.False(Loose.IsAtLeastAsStrictAs(Conditions));
    }

    [Fact]
    public void Shortfalls_name_every_looser_field()
    {
        var shortfalls = Loose.ShortfallsAgainst(Conditions with { NoRawIdentifiers = true });

        Assert.Equal(
            ["conditions.retentionDays", "conditions.dataLocalizationRegion", "conditions.aggregateOnly", "conditions.minimumCellSize", "conditions.noRawIdentifiers",
                "conditions.deniedFields", "conditions.maxRowsPerQuery", "conditions.queriesPerDay", "conditions.exportRequiresReview", "conditions.telemetryRequired",
                "conditions.narrative"],
            FieldsOf(shortfalls));
        Assert.All(shortfalls, s => Assert.EndsWith(".", s.Message, StringComparison.Ordinal));
        Assert.Contains("30 days; this sets no limit", shortfalls[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_purpose_the_floor_does_not_permit_is_a_shortfall_at_its_index()
    {
        var licence = Conditions with { DeclaredPurposes = ["Count crowd density at event entrances", "Identify individuals"] };

        var shortfall = Assert.Single(licence.ShortfallsAgainst(Conditions, "decision.conditions"));

        Assert.Equal("decision.conditions.declaredPurposes[1]", shortfall.Field);
    }

    [Fact]
    public void The_provisional_floor_tightens_any_conditions_and_is_valid_with_a_purpose()
    {
        var provisional = ProvisionalConditions.Apply(Loose);

        Assert.True(provisional.IsAtLeastAsStrictAs(ProvisionalConditions.Floor));
        Assert.True(provisional.IsAtLeastAsStrictAs(Loose));
        Assert.Equal(30, provisional.RetentionDays);
        Assert.Equal(10, provisional.MinimumCellSize);
        Assert.Equal(1_000, provisional.MaxRowsPerQuery);
        Assert.Equal(200, provisional.QueriesPerDay);
        Assert.True(provisional.AggregateOnly && provisional.ExportRequiresReview && provisional.TelemetryRequired && provisional.NoRawIdentifiers);
        Assert.Contains(ProvisionalConditions.Notice, provisional.Narrative);
        Assert.Empty(LicenceConditionRules.Validate(provisional));
        Assert.Equal(7, ProvisionalConditions.Apply(Conditions with { RetentionDays = 7 }).RetentionDays);
    }

    [Fact]
    public void Conditions_compare_by_value_including_list_entries()
    {
        Assert.Equal(Conditions, Conditions with { DeniedFields = [.. Conditions.DeniedFields] });
        Assert.NotEqual(Conditions, Conditions with { DeniedFields = [.. Conditions.DeniedFields.Reverse()] });
    }
}
