using System.Text.Json.Serialization;

namespace Sandbox.Licensing.Exchange;

/// <summary>A record about one transaction (a refusal, a licence suspended or revoked): where the technology was to go and its control-list codes.</summary>
public abstract record TransactionRecord : ExchangeRecord
{
    [JsonPropertyOrder(2)]
    public required string Destination { get; init; }

    [JsonPropertyOrder(2)]
    public required IReadOnlyList<string> ControlCodes { get; init; }
}
