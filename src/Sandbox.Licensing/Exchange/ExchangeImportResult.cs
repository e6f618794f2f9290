namespace Sandbox.Licensing.Exchange;

/// <summary>
/// What an import did: records added, updated (changed content), unchanged (imported before); denials not screened
/// because their review date has passed (<see cref="Expired"/>); allied denials withdrawn because a changed record no
/// longer names their party or code (<see cref="Withdrawn"/>).
/// </summary>
public sealed record ExchangeImportResult(int Added, int Updated, int Unchanged, int Expired, int Withdrawn, IReadOnlyList<string> DenialIds);
