using System.Globalization;
using System.Text.Json;
using Sandbox.Domain.Sandboxes;
using static Sandbox.Domain.Tests.Sandboxes.Datasets;

namespace Sandbox.Domain.Tests.Sandboxes;

public sealed class SyntheticDataGeneratorTests
{
    private static readonly DatasetRecipe Golden = Recipe(
        3,
        Field("id", FieldType.String, new() { Kind = "sequence", Prefix = "S-", Width = 3 }),
        Field("zone", FieldType.String, new() { Kind = "choice", Values = ["a", "b", "c"] }),
        Field("level", FieldType.Integer, new() { Kind = "uniform", Min = 1, Max = 6 }),
        Field("height", FieldType.Decimal, new() { Kind = "normal", Mean = 170, StdDev = 10, Decimals = 1 }),
        Field("flag", FieldType.Boolean, new() { Kind = "boolean", Probability = 0.5 }),
        Field("at", FieldType.Timestamp, new() { Kind = "timestamp", From = "2025-01-01T00:00:00Z", To = "2025-12-31T23:59:59Z" }),
        Field("plate", FieldType.String, new() { Kind = "pattern", Pattern = "AA-##" }),
        Field("ip", FieldType.String, new() { Kind = "ipv4", Prefix = "10." }));

    [Fact]
    public void A_small_recipe_gives_the_same_golden_rows_on_every_machine()
    {
        var rows = SyntheticDataGenerator.Generate(Golden).Select(Line).ToArray();

        Assert.Equal(
            [
                "S-001|c|1|158.6|true|2025-10-01T02:45:24Z|MG-38|10.80.184.172",
                "S-002|b|6|161.8|false|2025-03-07T01:42:17Z|QX-38|10.205.117.1",
                "S-003|a|4|165.2|false|2025-07-29T00:41:13Z|FW-59|10.169.62.158",
            ],
            rows);
    }

    [Fact]
    public void The_same_recipe_gives_identical_rows_twice()
    {
        var first = SyntheticDataGenerator.Generate(EveryKind).ToList();
        var second = SyntheticDataGenerator.Generate(EveryKind).ToList();

        Assert.Equal(EveryKind.RowCount, first.Count);
        Assert.Equal(first.Select(Line), second.Select(Line));
    }

    [Fact]
    public void A_chunk_generated_alone_equals_the_same_slice_of_all_rows()
    {
        var all = SyntheticDataGenerator.Generate(EveryKind).Select(Line).ToList();

        var chunk = SyntheticDataGenerator.Generate(EveryKind, 1234, 100).Select(Line).ToList();

        Assert.Equal(all.Skip(1234).Take(100), chunk);
    }

    [Fact]
    public void Chunks_past_the_end_stop_at_the_row_count()
    {
        Assert.Equal(50, SyntheticDataGenerator.Generate(EveryKind, 1950, 500).Count());
        Assert.Empty(SyntheticDataGenerator.Generate(EveryKind, 5000, 10));
    }

    [Fact]
    public void Another_seed_gives_other_rows()
    {
        var other = EveryKind with { Seed = 43 };

        Assert.NotEqual(SyntheticDataGenerator.Generate(EveryKind, 0, 20).Select(Line), SyntheticDataGenerator.Generate(other, 0, 20).Select(Line));
    }

    [Fact]
    public void A_field_added_at_the_end_leaves_the_other_columns_as_they_were()
    {
        var wider = EveryKind with { Fields = [.. EveryKind.Fields, Field("extra", FieldType.Boolean, new() { Kind = "boolean", Probability = 0.5 })] };

        var before = SyntheticDataGenerator.Generate(EveryKind, 0, 200).Select(Line);
        var after = SyntheticDataGenerator.Generate(wider, 0, 200).Select(row => Line(row[..^1]));

        Assert.Equal(before, after);
    }

    [Fact]
    public void Values_have_the_clr_type_of_their_field_and_keep_their_ranges()
    {
        var rows = SyntheticDataGenerator.Generate(EveryKind).ToList();
        var column = (string name) => rows.Select(r => r[EveryKind.IndexOf(name)]).ToList();

        Assert.Equal("R-00001", rows[0][0]);
        Assert.Equal("R-02000", rows[^1][0]);
        Assert.Equal(Enumerable.Range(100, 2000).Select(i => (object)(long)i), column("n"));
        Assert.All(column("port"), v => Assert.Contains((long)v!, new long[] { 22, 443 }));
        Assert.All(column("level"), v => Assert.InRange((long)v!, -3, 3));
        Assert.Equal(7, column("level").Distinct().Count());
        Assert.All(column("ratio"), v => Assert.InRange((double)v!, 0.5, 0.75));
        Assert.All(column("ratio"), v => Assert.Equal(Math.Round((double)v!, 3), (double)v!));
        Assert.All(column("height"), v => Assert.InRange((double)v!, 150, 190));
        Assert.All(column("flag"), v => Assert.IsType<bool>(v));
        Assert.All(column("at"), v => Assert.InRange((string)v!, "2025-01-01T00:00:00Z", "2025-01-31T23:59:59Z"));
        Assert.All(column("at"), v => Assert.True(Timestamps.IsValid((string)v!), (string)v!));
        Assert.All(column("plate").OfType<string>(), v => Assert.Matches("^[A-Z]{2}-[0-9]{2}-[0-9a-f]A$", v));
        Assert.All(column("ip"), v => Assert.Matches(@"^10\.1\.([0-9]{1,3})\.([0-9]{1,3})$", (string)v!));
        Assert.All(column("ip"), v => Assert.InRange(int.Parse(((string)v!).Split('.')[3], CultureInfo.InvariantCulture), 1, 254));
    }

    [Fact]
    public void Weights_probabilities_and_the_mean_are_roughly_respected()
    {
        var rows = SyntheticDataGenerator.Generate(EveryKind).ToList();
        double Share(string field, Func<object?, bool> match) => rows.Count(r => match(r[EveryKind.IndexOf(field)])) / (double)rows.Count;

        Assert.InRange(Share("zone", v => (string?)v == "a"), 0.55, 0.65);
        Assert.InRange(Share("zone", v => (string?)v == "b"), 0.25, 0.35);
        Assert.InRange(Share("zone", v => (string?)v == "c"), 0.07, 0.13);
        Assert.InRange(Share("flag", v => v is true), 0.16, 0.24);
        Assert.InRange(Share("bytes", v => v is null), 0.21, 0.29);
        Assert.InRange(Share("plate", v => v is null), 0.45, 0.55);
        var bytes = rows.Select(r => r[EveryKind.IndexOf("bytes")]).OfType<long>().ToList();
        Assert.InRange(bytes.Average(), 990, 1010);
        var deviation = Math.Sqrt(bytes.Average(b => Math.Pow(b - bytes.Average(), 2)));
        Assert.InRange(deviation, 90, 110);
    }

    [Fact]
    public void Rows_round_trip_through_json_to_the_same_values()
    {
        var rows = SyntheticDataGenerator.Generate(EveryKind, 0, 300).ToList();

        foreach (var row in rows)
        {
            var json = JsonSerializer.Serialize(row);
            var read = JsonDocument.Parse(json).RootElement.EnumerateArray().Select((value, i) => DatasetValues.Read(value, EveryKind.Fields[i].Type)).ToArray();

            Assert.Equal(row, read);
            Assert.Equal(row.Select(v => v?.GetType()), read.Select(v => v?.GetType()));
        }
    }

    [Fact]
    public void An_invalid_recipe_is_not_generated()
    {
        var broken = Recipe(10, Field("x", FieldType.Integer, new() { Kind = "uniform", Min = 5, Max = 1 }));

        var error = Assert.Throws<ArgumentException>(() => SyntheticDataGenerator.Generate(broken));

        Assert.Contains("fields[0].generator.min", error.Message, StringComparison.Ordinal);
    }

    private static string Line(object?[] row) => string.Join("|", row.Select(v => v switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture),
    }));
}
