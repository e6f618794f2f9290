using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sandbox.Licensing.Exchange;

/// <summary>The constants and JSON options of the allied exchange format (<c>docs/exchange.md</c>).</summary>
public static class AlliedExchangeFormat
{
    public const string Name = "sandbox-allied-exchange";

    /// <summary>The newest version, which the exporter writes unless asked for an older one.</summary>
    public const int Version = 2;

    /// <summary>Every version this instance reads, each with its schema.</summary>
    public static IReadOnlyList<int> Versions { get; } = [1, 2];

    public const string DenialType = "denial";

    public const string RevocationType = "revocation";

    public const string SuspensionType = "suspension";

    /// <summary>Since version 2.</summary>
    public const string CaseStudyType = "case-study";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // An ally's document need not put "type" first in a record.
        AllowOutOfOrderMetadataProperties = true,
    };

    /// <summary>Where a version's schema is copied in the output (from <c>docs/exchange/</c>).</summary>
    public static string SchemaFile(int version) => $"exchange/allied-exchange.v{version}.schema.json";

    /// <summary>Whether a document of <paramref name="version"/> can carry the record (version 1 has no case studies).</summary>
    public static bool Carries(int version, ExchangeRecord record) => record is not CaseStudyRecord || version >= 2;

    /// <summary>A record's stable id: the issuer's country and the record's id at the source.</summary>
    public static string RecordId(string issuerCountry, string sourceId) => issuerCountry.ToUpperInvariant() + ":" + sourceId;
}
