using Sandbox.Domain.Sandboxes;
using static Sandbox.Domain.Tests.Sandboxes.Datasets;

namespace Sandbox.Domain.Tests.Sandboxes;

public sealed class RecipeValidationTests
{
    [Fact]
    public void A_recipe_of_every_kind_is_valid()
    {
        Assert.Empty(SyntheticDataGenerator.Validate(EveryKind));
    }

    [Theory]
    [InlineData("fields[0].generator.kind", "unknown generator kind 'gaussian'")]
    public void An_unknown_kind_is_named_with_its_field(string path, string message)
    {
        var recipe = Recipe(10, Field("bytes", FieldType.Integer, new() { Kind = "gaussian" }));

        var problem = Assert.Single(SyntheticDataGenerator.Problems(recipe));

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Contains("field 'bytes'", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith(path + ": field 'bytes'", Assert.Single(SyntheticDataGenerator.Validate(recipe)), StringComparison.Ordinal);
    }

    public static TheoryData<FieldType, FieldGenerator, string> Broken() => new()
    {
        { FieldType.Integer, new() { Kind = "uniform", Min = 10, Max = 5 }, "generator.min" },
        { FieldType.Integer, new() { Kind = "uniform", Min = 0.5, Max = 5 }, "generator.min" },
        { FieldType.Decimal, new() { Kind = "uniform", Min = 0 }, "generator.max" },
        { FieldType.Decimal, new() { Kind = "uniform", Min = 0, Max = 1, Decimals = 9 }, "generator.decimals" },
        { FieldType.Decimal, new() { Kind = "normal", Mean = 1 }, "generator.stdDev" },
        { FieldType.Decimal, new() { Kind = "normal", Mean = 1, StdDev = -1 }, "generator.stdDev" },
        { FieldType.String, new() { Kind = "choice", Values = [] }, "generator.values" },
        { FieldType.Integer, new() { Kind = "choice", Values = ["1", "two"] }, "generator.values[1]" },
        { FieldType.String, new() { Kind = "choice", Values = ["a", "b"], Weights = [1] }, "generator.weights" },
        { FieldType.String, new() { Kind = "choice", Values = ["a", "b"], Weights = [0, 0] }, "generator.weights" },
        { FieldType.String, new() { Kind = "choice", Values = ["a"], Min = 1 }, "generator.min" },
        { FieldType.Boolean, new() { Kind = "boolean" }, "generator.probability" },
        { FieldType.Boolean, new() { Kind = "boolean", Probability = 1.5 }, "generator.probability" },
        { FieldType.Timestamp, new() { Kind = "timestamp", From = "2025-02-01T00:00:00Z", To = "2025-01-01T00:00:00Z" }, "generator.from" },
        { FieldType.Timestamp, new() { Kind = "timestamp", From = "2025-02-01", To = "2025-03-01T00:00:00Z" }, "generator.from" },
        { FieldType.String, new() { Kind = "pattern", Pattern = "---" }, "generator.pattern" },
        { FieldType.String, new() { Kind = "ipv4", Prefix = "300." }, "generator.prefix" },
        { FieldType.String, new() { Kind = "sequence", Width = 0 }, "generator.width" },
        { FieldType.Boolean, new() { Kind = "sequence" }, "generator.kind" },
        { FieldType.String, new() { Kind = "pattern", Pattern = "A#", NullProbability = -0.1 }, "generator.nullProbability" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_generator_is_refused_at_its_parameter(FieldType type, FieldGenerator generator, string path)
    {
        var recipe = Recipe(10, Field("id", FieldType.String, new() { Kind = "sequence" }), Field("value", type, generator));

        var problems = SyntheticDataGenerator.Problems(recipe);

        Assert.Contains(problems, p => p.Path == "fields[1]." + path && p.Message.StartsWith("field 'value': ", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_field_names_are_refused_also_in_another_case()
    {
        var recipe = Recipe(10, Field("zone", FieldType.String, new() { Kind = "sequence" }), Field("Zone", FieldType.String, new() { Kind = "sequence" }));

        var problem = Assert.Single(SyntheticDataGenerator.Problems(recipe));

        Assert.Equal("fields[1].name", problem.Path);
        Assert.Contains("fields[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_rows_and_fields_are_checked()
    {
        var recipe = new DatasetRecipe { Name = "Bad Name", Description = "", Seed = 1, RowCount = 0, Fields = [] };

        var paths = SyntheticDataGenerator.Problems(recipe).Select(p => p.Path);

        Assert.Equal(["name", "description", "rowCount", "fields"], paths);
    }

    [Fact]
    public void IndexOf_is_ordinal_and_minus_one_for_an_unknown_field()
    {
        Assert.Equal(2, EveryKind.IndexOf("zone"));
        Assert.Equal(-1, EveryKind.IndexOf("Zone"));
        Assert.Equal(-1, EveryKind.IndexOf("nope"));
    }
}
