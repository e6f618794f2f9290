namespace Sandbox.Licensing.Exchange;

/// <summary>An organization generalized to its kind and country: "research institution in NL".</summary>
public sealed record ExchangeHolder(string Description, string Type, string Country);
