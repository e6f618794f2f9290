using System.Text.Json;
using System.Text.Json.Nodes;
using Sandbox.Storage.Documents;

namespace Sandbox.Testing.Storage;

/// <summary>The container and documents the contract suite writes.</summary>
public static class ContractDocuments
{
    public static ContainerDefinition Definition(TimeSpan? defaultTimeToLive = null) => new ContainerDefinition(
        "contract-" + Guid.NewGuid().ToString("N")[..12],
        "/tenant",
        ["status", "score", "createdAt", "profile.country", "value", "label", "tags"],
        defaultTimeToLive).WithCompositeIndex("status", "score");

    public static JsonObject Doc(string tenant, string id, string status = "draft", long score = 0, string? label = null)
    {
        var document = new JsonObject
        {
            ["id"] = id,
            ["tenant"] = tenant,
            ["status"] = status,
            ["score"] = score,
            ["createdAt"] = JsonSerializer.SerializeToNode(Day(score)),
            ["profile"] = new JsonObject { ["country"] = score % 2 == 0 ? "NL" : "DE" },
            ["value"] = score * 10,
            ["tags"] = new JsonArray(score % 3 == 0 ? "third" : "other", "all"),
        };
        if (label is not null)
        {
            document["label"] = label;
        }

        return document;
    }

    public static DateTimeOffset Day(long n) => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(n);
}
