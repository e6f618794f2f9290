using Sandbox.Domain.Applications;

namespace Sandbox.Domain.Risk;

/// <summary>
/// The weights, credits, thresholds and floors of the risk model, as data. A rule set is versioned and never edited:
/// a change is a new version, and every assessment records the version it used.
/// </summary>
public sealed record RiskRuleSet
{
    /// <summary>EU 2021/821 reviews denials every three years; restrictive rules are reviewed as often.</summary>
    public const int DefaultReviewYears = 3;

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

    /// <summary>
    /// Review dates of <see cref="RestrictiveRules"/> by rule id. A rule not named (and every rule of a rule set stored
    /// before review dates existed) is reviewed <see cref="DefaultReviewYears"/> after <see cref="EffectiveFrom"/>.
    /// </summary>
    public IReadOnlyDictionary<string, DateOnly>? ReviewBy { get; init; }

    /// <summary>The last day <paramref name="rule"/> applies unless renewed.</summary>
    public DateOnly ReviewByOf(string rule) =>
        ReviewBy is not null && ReviewBy.TryGetValue(rule, out var reviewBy)
            ? reviewBy
            : DateOnly.FromDateTime(EffectiveFrom.UtcDateTime).AddYears(DefaultReviewYears);

    /// <summary>The restrictive rules past their review date on <paramref name="day"/>, with that date.</summary>
    public IReadOnlyDictionary<string, DateOnly> LapsedOn(DateOnly day) =>
        RestrictiveRules.All.Select(rule => (rule.Id, ReviewBy: ReviewByOf(rule.Id))).Where(rule => rule.ReviewBy < day)
            .ToDictionary(rule => rule.Id, rule => rule.ReviewBy, StringComparer.Ordinal);

    /// <summary>Every problem found, each naming its field by its JSON path; empty when the rules can be used.</summary>
    public IReadOnlyList<FieldProblem> Validate() => RuleSetValidator.Validate(this);

    public TierPolicy PolicyFor(RiskTier tier) =>
        Tiers.FirstOrDefault(policy => policy.Tier == tier)
        ?? throw new InvalidOperationException($"Risk rules version {Version} have no policy for {tier}; validate rule sets when loading them.");
}
