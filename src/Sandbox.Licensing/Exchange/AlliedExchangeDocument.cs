namespace Sandbox.Licensing.Exchange;

/// <summary>One exchange document (schema <c>allied-exchange.v{Version}</c>). Records are <see cref="DenialRecord"/>, <see cref="LicenceActionRecord"/> or, from version 2, <see cref="CaseStudyRecord"/>.</summary>
public sealed record AlliedExchangeDocument(
    string Format,
    int Version,
    ExchangeIssuer Issuer,
    DateTimeOffset IssuedAt,
    DateTimeOffset? Since,
    IReadOnlyList<ExchangeRecord> Records);
