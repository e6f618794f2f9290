namespace Sandbox.Licensing.Exchange;

/// <summary>The authority that issued an exchange document, and its ISO 3166-1 alpha-2 country.</summary>
public sealed record ExchangeIssuer(string Authority, string Country);
