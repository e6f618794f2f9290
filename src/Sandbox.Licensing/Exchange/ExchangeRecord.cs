using System.Text.Json.Serialization;

namespace Sandbox.Licensing.Exchange;

/// <summary>A record of an exchange document, told apart by <c>type</c>; <see cref="RecordId"/> is stable (issuer + source id).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DenialRecord), AlliedExchangeFormat.DenialType)]
[JsonDerivedType(typeof(RevocationRecord), AlliedExchangeFormat.RevocationType)]
[JsonDerivedType(typeof(SuspensionRecord), AlliedExchangeFormat.SuspensionType)]
public abstract record ExchangeRecord
{
    public required string RecordId { get; init; }

    public required string SourceId { get; init; }

    public required string Destination { get; init; }

    public required IReadOnlyList<string> ControlCodes { get; init; }

    /// <summary>The licence holder or applicant, generalized (never its name).</summary>
    public ExchangeHolder? Holder { get; init; }
}
