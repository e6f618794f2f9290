using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sandbox.Oversight.Transparency;

/// <summary>
/// The <c>transparency-report.v1</c> JSON form (docs/transparency/transparency-report.v1.schema.json): camelCase,
/// kebab-case enum values, dates as <c>yyyy-MM-dd</c>. A published report keeps the exact text it was hashed as.
/// </summary>
public static class TransparencyJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(TransparencyReport report) => JsonSerializer.Serialize(report, Options);

    public static TransparencyReport Deserialize(string json) =>
        JsonSerializer.Deserialize<TransparencyReport>(json, Options) ?? throw new JsonException("The document is not a transparency report.");

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public static string Sha256(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
