using Sandbox.Domain.Licensing;
using static Sandbox.Domain.Tests.Licensing.Licences;

namespace Sandbox.Domain.Tests.Licensing;

public sealed class LicenceConditionRulesTests
{
    [Fact]
    public void Valid_conditions_have_no_problems()
    {
        Assert.Empty(LicenceConditionRules.Validate(Conditions));
        Assert.Empty(LicenceConditionRules.Validate(new LicenceConditions { DeclaredPurposes = ["Research"] }));
    }

    [Fact]
    public void Null_conditions_are_a_problem_at_the_prefix_not_an_exception()
    {
        Assert.Equal(["conditions"], FieldsOf(LicenceConditionRules.Validate(null)));
        Assert.Equal(["decision.conditions"], FieldsOf(LicenceConditionRules.Validate(null, "decision.conditions")));
        Assert.Equal(["$"], FieldsOf(LicenceConditionRules.Validate(null, string.Empty)));
    }

    [Fact]
    public void An_empty_prefix_names_fields_from_the_root()
    {
        var problems = LicenceConditionRules.Validate(Conditions with { RetentionDays = 0 }, string.Empty);

        Assert.Equal(["retentionDays"], FieldsOf(problems));
    }

    [Theory]
    [InlineData(0, "conditions.retentionDays")]
    [InlineData(3651, "conditions.retentionDays")]
    public void Retention_is_from_1_to_3650_days(int days, string field)
    {
        Assert.Equal([field], FieldsOf(LicenceConditionRules.Validate(Conditions with { RetentionDays = days })));
        Assert.Empty(LicenceConditionRules.Validate(Conditions with { RetentionDays = 1 }));
        Assert.Empty(LicenceConditionRules.Validate(Conditions with { RetentionDays = 3650 }));
        Assert.Empty(LicenceConditionRules.Validate(Conditions with { RetentionDays = null }));
    }

    [Theory]
    [InlineData("eu")]
    [InlineData("E")]
    [InlineData("EUROPE-WEST")]
    [InlineData("-EU")]
    [InlineData("")]
    [InlineData("EU\n")]
    [InlineData("E U")]
    public void A_region_is_2_to_10_upper_case_letters_digits_or_dashes(string region)
    {
        var problem = Assert.Single(LicenceConditionRules.Validate(Conditions with { DataLocalizationRegion = region }));

        Assert.Equal("conditions.dataLocalizationRegion", problem.Field);
        Assert.Contains("EU", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EU")]
    [InlineData("EU-WEST-1")]
    [InlineData("US")]
    [InlineData("5EYES")]
    public void Region_codes_like_these_are_accepted(string region) =>
        Assert.Empty(LicenceConditionRules.Validate(Conditions with { DataLocalizationRegion = region }));

    [Theory]
    [InlineData(1)]
    [InlineData(1001)]
    public void The_cell_size_is_from_2_to_1000(int size)
    {
        Assert.Equal(["conditions.minimumCellSize"], FieldsOf(LicenceConditionRules.Validate(Conditions with { MinimumCellSize = size })));
        Assert.Empty(LicenceConditionRules.Validate(Conditions with { MinimumCellSize = 2 }));
        Assert.Empty(LicenceConditionRules.Validate(Conditions with { MinimumCellSize = 1000 }));
    }

    [Fact]
    public void Aggregate_only_output_needs_a_cell_size()
    {
        var problem = Assert.Single(LicenceConditionRules.Validate(Conditions with { MinimumCellSize = null }));

        Assert.Equal("conditions.minimumCellSize", problem.Field);
        Assert.Contains("Aggregate-only", problem.Message, StringComparison.Ordinal);
        Assert.Empty(LicenceConditionRules.Validate(Conditions with { AggregateOnly = false, MinimumCellSize = null }));
    }

    [Theory]
    [InlineData("1abc")]
    [InlineData("_id")]
    [InlineData("e-mail")]
    [InlineData("")]
    [InlineData("name ")]
    public void Denied_fields_are_identifiers(string field) =>
        Assert.Equal(["conditions.deniedFields[1]"], FieldsOf(LicenceConditionRules.Validate(Conditions with { DeniedFields = ["ok", field] })));

    [Fact]
    public void Denied_fields_are_at_most_64_characters_100_entries_and_listed_once()
    {
        Assert.Empty(LicenceConditionRules.Validate(Conditions with { DeniedFields = ["a" + new string('b', 63)] }));
        Assert.Equal(["conditions.deniedFields[0]"], FieldsOf(LicenceConditionRules.Validate(Conditions with { DeniedFields = ["a" + new string('b', 64)] })));
        Assert.Equal(["conditions.deniedFields"], FieldsOf(LicenceConditionRules.Validate(Conditions with { DeniedFields = [.. Enumerable.Range(0, 101).Select(i => $"f{i}")] })));
        var duplicate = Assert.Single(LicenceConditionRules.Validate(Conditions with { DeniedFields = ["email", "name", "Email"] }));
        Assert.Equal("conditions.deniedFields[2]", duplicate.Field);
        Assert.Contains("deniedFields[0]", duplicate.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_001)]
    public void Row_and_query_limits_are_from_1_to_a_million(int limit)
    {
        var problems = LicenceConditionRules.Validate(Conditions with { MaxRowsPerQuery = limit, QueriesPerDay = limit });

        Assert.Equal(["conditions.maxRowsPerQuery", "conditions.queriesPerDay"], FieldsOf(problems));
        Assert.Empty(LicenceConditionRules.Validate(Conditions with { MaxRowsPerQuery = 1_000_000, QueriesPerDay = 1 }));
    }

    [Fact]
    public void A_licence_names_at_least_one_purpose()
    {
        var problem = Assert.Single(LicenceConditionRules.Validate(Conditions with { DeclaredPurposes = [] }));

        Assert.Equal("conditions.declaredPurposes", problem.Field);
    }

    [Fact]
    public void Purposes_are_non_blank_at_most_200_characters_20_entries_and_distinct_ignoring_case()
    {
        Assert.Equal(["conditions.declaredPurposes[1]"], FieldsOf(LicenceConditionRules.Validate(Conditions with { DeclaredPurposes = ["Research", "  "] })));
        Assert.Equal(["conditions.declaredPurposes[0]"], FieldsOf(LicenceConditionRules.Validate(Conditions with { DeclaredPurposes = [new string('p', 201)] })));
        Assert.Empty(LicenceConditionRules.Validate(Conditions with { DeclaredPurposes = [new string('p', 200)] }));
        Assert.Equal(["conditions.declaredPurposes"], FieldsOf(LicenceConditionRules.Validate(Conditions with { DeclaredPurposes = [.. Enumerable.Range(0, 21).Select(i => $"Purpose {i}")] })));
        Assert.Equal(["conditions.declaredPurposes[1]"], FieldsOf(LicenceConditionRules.Validate(Conditions with { DeclaredPurposes = ["Count people", " count PEOPLE "] })));
    }

    [Fact]
    public void Narrative_conditions_are_non_blank_at_most_2000_characters_and_30_entries()
    {
        Assert.Empty(LicenceConditionRules.Validate(Conditions with { Narrative = [] }));
        Assert.Equal(["conditions.narrative[0]"], FieldsOf(LicenceConditionRules.Validate(Conditions with { Narrative = [""] })));
        Assert.Equal(["conditions.narrative[0]"], FieldsOf(LicenceConditionRules.Validate(Conditions with { Narrative = [new string('n', 2001)] })));
        Assert.Empty(LicenceConditionRules.Validate(Conditions with { Narrative = [new string('n', 2000)] }));
        Assert.Equal(["conditions.narrative"], FieldsOf(LicenceConditionRules.Validate(Conditions with { Narrative = [.. Enumerable.Range(0, 31).Select(i => $"Condition {i}")] })));
    }

    [Fact]
    public void Null_lists_and_null_entries_are_problems_not_exceptions()
    {
        var nullLists = Conditions with { DeniedFields = null!, DeclaredPurposes = null!, Narrative = null! };
        var nullEntries = Conditions with { DeniedFields = [null!], DeclaredPurposes = [null!], Narrative = [null!] };

        Assert.Equal(["conditions.deniedFields", "conditions.declaredPurposes", "conditions.narrative"], FieldsOf(LicenceConditionRules.Validate(nullLists)));
        Assert.Equal(["conditions.deniedFields[0]", "conditions.declaredPurposes[0]", "conditions.narrative[0]"], FieldsOf(LicenceConditionRules.Validate(nullEntries)));
    }

    [Fact]
    public void Every_message_is_a_sentence()
    {
        var everythingWrong = new LicenceConditions
        {
            RetentionDays = -1,
            DataLocalizationRegion = "x",
            AggregateOnly = true,
            DeniedFields = ["1"],
            MaxRowsPerQuery = 0,
            QueriesPerDay = 0,
        };

        var problems = LicenceConditionRules.Validate(everythingWrong);

        Assert.Equal(7, problems.Count);
        Assert.All(problems, p => Assert.EndsWith(".", p.Message, StringComparison.Ordinal));
    }
}
