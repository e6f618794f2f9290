using System.Text.Json;
using Sandbox.Storage.Errors;

namespace Sandbox.Storage.Sqlite;

/// <summary>Where the last page ended: the sort value (if sorted), then partition key and id as tie-breakers.</summary>
internal sealed record SqlitePosition(JsonElement? SortValue, string PartitionKey, string Id)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    public static SqlitePosition Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<SqlitePosition>(text) ?? throw new InvalidQueryException("The continuation token is empty.");
        }
        catch (JsonException)
        {
            throw new InvalidQueryException("The continuation token is not one this store issued.");
        }
    }

    public object? SortParameter() => SortValue switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var whole) => whole,
        { ValueKind: JsonValueKind.Number } n => n.GetDouble(),
        _ => throw new InvalidQueryException("The continuation token is not one this store issued."),
    };

    public static JsonElement? SortElement(object? value) =>
        value is null or DBNull ? null : JsonSerializer.SerializeToElement(value);
}
