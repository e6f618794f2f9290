using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sandbox.Licensing.Exchange;

/// <summary>The constants and JSON options of the allied exchange format (<c>docs/exchange.md</c>).</summary>
public static class AlliedExchangeFormat
{
    public const string Name = "sandbox-allied-exchange";

    public const int Version = 1;

    /// <summary>Where the schema is copied in the output (from <c>docs/exchange/</c>).</summary>
    public const string SchemaFile = "exchange/allied-exchange.v1.schema.json";

    public const string DenialType = "denial";

    public const string RevocationType = "revocation";

    public const string SuspensionType = "suspension";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // An ally's document need not put "type" first in a record.
        AllowOutOfOrderMetadataProperties = true,
    };

    /// <summary>A record's stable id: the issuer's country and the record's id at the source.</summary>
    public static string RecordId(string issuerCountry, string sourceId) => issuerCountry.ToUpperInvariant() + ":" + sourceId;
}
