namespace Sandbox.Domain.Applications;

public sealed record ProposedSafeguards
{
    public IReadOnlyList<Safeguard> Measures { get; init; } = [];

    /// <summary>How people are told, how they consent, and how they withdraw and have their data deleted.</summary>
    public string? InformedConsentPlan { get; init; }

    public string? Notes { get; init; }
}
