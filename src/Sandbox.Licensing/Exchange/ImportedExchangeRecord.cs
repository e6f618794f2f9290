namespace Sandbox.Licensing.Exchange;

/// <summary>
/// An exchange record this instance imported (container <c>allied-exchange-records</c>): its content hash makes the
/// same record imported again a no-op and a changed one an update; <see cref="DenialIds"/> are the allied denials
/// it was recorded as (one per denied party and control code).
/// </summary>
public sealed record ImportedExchangeRecord
{
    public required string Id { get; init; }

    public required string RecordId { get; init; }

    public required string Type { get; init; }

    public required string IssuerCountry { get; init; }

    /// <summary>The issuing authority's name as the document gave it (absent on records imported before it was kept).</summary>
    public string? IssuerAuthority { get; init; }

    public required string ContentHash { get; init; }

    /// <summary>The record as imported, in the exchange format's JSON.</summary>
    public required string Content { get; init; }

    public IReadOnlyList<string> DenialIds { get; init; } = [];

    public required DateTimeOffset ImportedAt { get; init; }

    public required string ImportedBy { get; init; }

    /// <summary>The record as its type (<see cref="DenialRecord"/>, <see cref="CaseStudyRecord"/>, …).</summary>
    public ExchangeRecord Parse() => System.Text.Json.JsonSerializer.Deserialize<ExchangeRecord>(Content, AlliedExchangeFormat.Json)!;
}
