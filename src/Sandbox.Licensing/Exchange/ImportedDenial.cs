namespace Sandbox.Licensing.Exchange;

/// <summary>A denial an ally sent, as stored, and whether it is in force today (through its review-by day).</summary>
public sealed record ImportedDenial(ImportedExchangeRecord Stored, DenialRecord Denial, bool InForce);
