namespace Sandbox.Licensing.Exchange;

/// <summary>A denied party (an organization or end user the denial was against): allies screen it, so it is kept by name.</summary>
public sealed record ExchangeParty(string Name, IReadOnlyList<string>? Aliases, string Country, string? Role = null);
