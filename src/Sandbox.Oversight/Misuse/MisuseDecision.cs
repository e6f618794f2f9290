using Sandbox.Domain.Licensing;

namespace Sandbox.Oversight.Misuse;

/// <summary>What a person sends with a step: the reason always; the severity and licence at triage; the conditions to add.</summary>
public sealed record MisuseDecision(string? Reason, MisuseSeverity? Severity = null, string? LicenceReference = null, LicenceConditions? AddedConditions = null);
