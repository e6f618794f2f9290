namespace Sandbox.Licensing.Exchange;

/// <summary>What an import did: records added, updated (changed content), unchanged (imported before), and denials not recorded because their review date has passed.</summary>
public sealed record ExchangeImportResult(int Added, int Updated, int Unchanged, int Expired, IReadOnlyList<string> DenialIds);
