using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sandbox.Workflows.Definitions;

internal static class DefinitionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}
