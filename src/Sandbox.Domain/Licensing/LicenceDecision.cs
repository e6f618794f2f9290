namespace Sandbox.Domain.Licensing;

/// <summary>
/// What a regulator submits on an application. Approvals carry conditions and a validity window; refusals carry the
/// refusal criteria's codes; every outcome may carry a rationale, and refusals and "no licence required" must.
/// </summary>
public sealed record LicenceDecision
{
    public required DecisionOutcome Outcome { get; init; }

    public LicenceConditions? Conditions { get; init; }

    public DateTimeOffset? ValidFrom { get; init; }

    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>Codes from the <see cref="RefusalCatalogue"/> in force.</summary>
    public IReadOnlyList<string> RefusalCodes { get; init; } = [];

    public string? Rationale { get; init; }
}
