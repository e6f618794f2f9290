namespace Sandbox.Licensing.Exchange;

/// <summary>One exchange document (schema <c>allied-exchange.v1</c>). Records are <see cref="DenialRecord"/> or <see cref="LicenceActionRecord"/>.</summary>
public sealed record AlliedExchangeDocument(
    string Format,
    int Version,
    ExchangeIssuer Issuer,
    DateTimeOffset IssuedAt,
    DateTimeOffset? Since,
    IReadOnlyList<ExchangeRecord> Records);
