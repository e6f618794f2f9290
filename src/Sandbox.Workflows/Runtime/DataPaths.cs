using System.Globalization;
using System.Text.Json.Nodes;

namespace Sandbox.Workflows.Runtime;

/// <summary>Dotted paths into instance data: <c>licence.validTo</c>.</summary>
public static class DataPaths
{
    public static JsonNode? Read(JsonObject data, string path)
    {
        JsonNode? node = data;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject obj ? obj[part] : null;
        }

        return node;
    }

    public static DateTimeOffset? ReadTime(JsonObject data, string path) =>
        Read(data, path) is JsonValue value && value.TryGetValue<string>(out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time : null;

    /// <summary>Any JSON number, whether read from the store or put in memory as an int.</summary>
    public static double? ReadNumber(JsonObject data, string path) =>
        Read(data, path) is JsonValue { } value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>Top-level keys of <paramref name="updates"/> replace those of <paramref name="data"/>.</summary>
    public static void Merge(JsonObject data, JsonObject? updates)
    {
        if (updates is null)
        {
            return;
        }

        foreach (var (key, value) in updates)
        {
            data[key] = value?.DeepClone();
        }
    }
}
