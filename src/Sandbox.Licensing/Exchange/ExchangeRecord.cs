using System.Text.Json.Serialization;

namespace Sandbox.Licensing.Exchange;

/// <summary>A record of an exchange document, told apart by <c>type</c>; <see cref="RecordId"/> is stable (issuer + source id).</summary>
/// <remarks>
/// The property orders keep the JSON of every record type as version 1 wrote it (its own fields, then the ids, the
/// transaction, the holder), so a record exported again hashes the same on the ally's side.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DenialRecord), AlliedExchangeFormat.DenialType)]
[JsonDerivedType(typeof(RevocationRecord), AlliedExchangeFormat.RevocationType)]
[JsonDerivedType(typeof(SuspensionRecord), AlliedExchangeFormat.SuspensionType)]
[JsonDerivedType(typeof(CaseStudyRecord), AlliedExchangeFormat.CaseStudyType)]
public abstract record ExchangeRecord
{
    [JsonPropertyOrder(1)]
    public required string RecordId { get; init; }

    [JsonPropertyOrder(1)]
    public required string SourceId { get; init; }

    /// <summary>The licence holder or applicant, generalized (never its name).</summary>
    [JsonPropertyOrder(3)]
    public ExchangeHolder? Holder { get; init; }
}
