using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sandbox.Oversight.Proofs;

/// <summary>The one serialization a proof's hash covers: compact, camelCase, enums as names, properties in declaration order.</summary>
public static class ProofCanonicalJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(ActivityStatement statement) => JsonSerializer.Serialize(statement, Options);

    public static string Sha256(string canonicalJson)
    {
        ArgumentNullException.ThrowIfNull(canonicalJson);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJson)));
    }

    /// <summary>The hash matches the JSON, and the JSON is the statement's canonical form (so neither was changed alone).</summary>
    public static bool Verifies(ActivityProof proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        return string.Equals(Sha256(proof.CanonicalJson), proof.Sha256, StringComparison.Ordinal)
            && string.Equals(Serialize(proof.Statement), proof.CanonicalJson, StringComparison.Ordinal);
    }
}
