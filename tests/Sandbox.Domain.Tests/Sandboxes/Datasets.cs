using System.Text.Json;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;

namespace Sandbox.Domain.Tests.Sandboxes;

/// <summary>Sample recipes, a small hand-written dataset whose query answers are known, and helpers to write queries.</summary>
internal static class Datasets
{
    public static DatasetField Field(string name, FieldType type, FieldGenerator generator, FieldClass @class = FieldClass.Attribute) =>
        new() { Name = name, Type = type, Class = @class, Generator = generator };

    public static DatasetRecipe Recipe(int rows, params DatasetField[] fields) =>
        new() { Name = "sample", Description = "A sample.", Seed = 42, RowCount = rows, Fields = fields };

    /// <summary>One field of every kind, several with nulls.</summary>
    public static DatasetRecipe EveryKind { get; } = Recipe(
        2000,
        Field("id", FieldType.String, new() { Kind = "sequence", Prefix = "R-", Width = 5 }, FieldClass.Identifier),
        Field("n", FieldType.Integer, new() { Kind = "sequence", Start = 100 }),
        Field("zone", FieldType.String, new() { Kind = "choice", Values = ["a", "b", "c"], Weights = [6, 3, 1] }, FieldClass.QuasiIdentifier),
        Field("port", FieldType.Integer, new() { Kind = "choice", Values = ["22", "443"] }),
        Field("level", FieldType.Integer, new() { Kind = "uniform", Min = -3, Max = 3 }),
        Field("ratio", FieldType.Decimal, new() { Kind = "uniform", Min = 0.5, Max = 0.75, Decimals = 3 }),
        Field("height", FieldType.Decimal, new() { Kind = "normal", Mean = 170, StdDev = 10, Min = 150, Max = 190, Decimals = 1 }),
        Field("bytes", FieldType.Integer, new() { Kind = "normal", Mean = 1000, StdDev = 100, NullProbability = 0.25 }),
        Field("flag", FieldType.Boolean, new() { Kind = "boolean", Probability = 0.2 }),
        Field("at", FieldType.Timestamp, new() { Kind = "timestamp", From = "2025-01-01T00:00:00Z", To = "2025-01-31T23:59:59Z" }),
        Field("plate", FieldType.String, new() { Kind = "pattern", Pattern = @"AA-##-x\A", NullProbability = 0.5 }, FieldClass.Identifier),
        Field("ip", FieldType.String, new() { Kind = "ipv4", Prefix = "10.1." }, FieldClass.Identifier));

    /// <summary>
    /// Ten sensor events: person/vehicle per zone, some nulls. zone north: 4 rows, south: 3, east: 2, null: 1.
    /// </summary>
    public static DatasetRecipe Events { get; } = new()
    {
        Name = "events",
        Description = "Hand-written sensor events.",
        Seed = 1,
        RowCount = 10,
        Fields =
        [
            Field("event_id", FieldType.String, new() { Kind = "sequence" }),
            Field("plate", FieldType.String, new() { Kind = "pattern", Pattern = "AA-##" }, FieldClass.Identifier),
            Field("zone", FieldType.String, new() { Kind = "choice", Values = ["north"] }, FieldClass.QuasiIdentifier),
            Field("kind", FieldType.String, new() { Kind = "choice", Values = ["person"] }),
            Field("duration", FieldType.Integer, new() { Kind = "uniform", Min = 0, Max = 100 }),
            Field("confidence", FieldType.Decimal, new() { Kind = "uniform", Min = 0, Max = 1 }),
            Field("confirmed", FieldType.Boolean, new() { Kind = "boolean", Probability = 0.5 }),
            Field("at", FieldType.Timestamp, new() { Kind = "timestamp", From = "2025-01-01T00:00:00Z", To = "2025-01-02T00:00:00Z" }),
        ],
    };

    public static IReadOnlyList<object?[]> EventRows { get; } =
    [
        ["e1", "AB-12", "north", "person", 10L, 0.9, true, "2025-01-01T01:00:00Z"],
        ["e2", "CD-34", "north", "vehicle", 30L, 0.8, true, "2025-01-01T02:00:00Z"],
        ["e3", null, "north", "person", 20L, 0.4, false, "2025-01-01T03:00:00Z"],
        ["e4", "EF-56", "south", "vehicle", 50L, 0.7, true, "2025-01-01T04:00:00Z"],
        ["e5", null, "south", "person", null, 0.6, false, "2025-01-01T05:00:00Z"],
        ["e6", "GH-78", "east", "vehicle", 40L, 0.95, true, "2025-01-01T06:00:00Z"],
        ["e7", null, null, "person", 5L, null, false, "2025-01-01T07:00:00Z"],
        ["e8", "IJ-90", "north", "vehicle", 60L, 0.85, true, "2025-01-01T08:00:00Z"],
        ["e9", null, "south", "person", 15L, 0.5, null, "2025-01-01T09:00:00Z"],
        ["e10", "KL-11", "east", "person", 25L, 0.65, false, null],
    ];

    public const string Purpose = "Test detection";

    public static LicenceConditions Open { get; } = new() { DeclaredPurposes = [Purpose] };

    public static GatewayQuery Query(params string[] select) => new() { Dataset = "events", Purpose = Purpose, Select = select };

    public static GatewayQuery Aggregate(GatewayAggregate first, params GatewayAggregate[] more) => new() { Dataset = "events", Purpose = Purpose, Aggregates = [first, .. more] };

    public static GatewayFilter Filter(string field, string op, object? value) => new(field, op, JsonSerializer.SerializeToElement(value));

    public static GatewayFilter FilterJson(string field, string op, string json) => new(field, op, JsonDocument.Parse(json).RootElement.Clone());
}
