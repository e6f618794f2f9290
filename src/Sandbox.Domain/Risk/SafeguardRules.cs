namespace Sandbox.Domain.Risk;

/// <summary>One credit per safeguard; the credited total is capped so safeguards alone cannot erase real risk.</summary>
public sealed record SafeguardRules(IReadOnlyList<SafeguardCredit> Credits, int Cap);
