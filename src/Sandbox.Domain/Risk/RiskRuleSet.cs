using Sandbox.Domain.Applications;

namespace Sandbox.Domain.Risk;

/// <summary>
/// The weights, credits, thresholds and floors of the risk model, as data. A rule set is versioned and never edited:
/// a change is a new version, and every assessment records the version it used.
/// </summary>
public sealed record RiskRuleSet
{
    public required int Version { get; init; }

    public required DateTimeOffset EffectiveFrom { get; init; }

    public string? ChangeNote { get; init; }

    /// <summary>The highest-impact item counts.</summary>
    public required ImpactWeights Impact { get; init; }

    /// <summary>Summed over the distinct capabilities of all items.</summary>
    public required CappedWeights<Capability> Capabilities { get; init; }

    public required IReadOnlyDictionary<EndUseCategory, int> EndUse { get; init; }

    /// <summary>The highest-weighted end-user sector counts.</summary>
    public required IReadOnlyDictionary<PartySector, int> EndUserSectors { get; init; }

    public required ScreeningRules Screening { get; init; }

    public required DestinationRules Destinations { get; init; }

    /// <summary>The most sensitive category counts: more data next to biometric data does not make it more sensitive.</summary>
    public required IReadOnlyDictionary<DataCategory, int> DataCategories { get; init; }

    /// <summary>Summed over the distinct groups.</summary>
    public required CappedWeights<VulnerableGroup> VulnerableGroups { get; init; }

    public required IReadOnlyDictionary<DeploymentContext, int> DeploymentContexts { get; init; }

    public required DurationRules Duration { get; init; }

    public required SafeguardRules Safeguards { get; init; }

    public required int VerifiedPartnerCredit { get; init; }

    public required HumanitarianTerms Humanitarian { get; init; }

    public required TierThresholds Thresholds { get; init; }

    /// <summary>One policy per tier.</summary>
    public required IReadOnlyList<TierPolicy> Tiers { get; init; }

    /// <summary>Every problem found, each naming its field by its JSON path; empty when the rules can be used.</summary>
    public IReadOnlyList<FieldProblem> Validate() => RuleSetValidator.Validate(this);

    public TierPolicy PolicyFor(RiskTier tier) =>
        Tiers.FirstOrDefault(policy => policy.Tier == tier)
        ?? throw new InvalidOperationException($"Risk rules version {Version} have no policy for {tier}; validate rule sets when loading them.");
}
