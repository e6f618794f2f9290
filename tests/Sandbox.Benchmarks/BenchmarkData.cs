using System.Text.Json.Nodes;
using Sandbox.Storage.Documents;

namespace Sandbox.Benchmarks;

/// <summary>5,000 documents in one partition; every fifth is approved, so the filtered query returns 1,000.</summary>
internal static class BenchmarkData
{
    public const int DocumentCount = 5000;
    public const int MatchCount = DocumentCount / 5;
    public const string Tenant = "bench";

    public static ContainerDefinition Definition { get; } = new("bench", "/tenant", ["status", "score"]);

    public static string Id(int i) => "doc-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    public static JsonObject Document(int i, string? label = null) => new()
    {
        ["id"] = Id(i),
        ["tenant"] = Tenant,
        ["status"] = i % 5 == 0 ? "approved" : "draft",
        ["score"] = i,
        ["title"] = "Pilot application " + i,
        ["label"] = label ?? "initial",
        ["parties"] = new JsonArray(new JsonObject { ["name"] = "Example Research Lab", ["country"] = "NL", ["type"] = "endUser" }),
    };
}
