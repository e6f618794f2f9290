namespace Sandbox.Domain.Risk;

/// <summary>
/// What a verified humanitarian organization gets for a humanitarian and disaster-response pilot: a credit on the
/// score, and, up to tier <paramref name="ExpeditedUpTo"/>, a shorter review clock with stricter default conditions
/// instead of slower review. Above that tier the tier's own review and conditions stand.
/// </summary>
/// <param name="ExpeditedConditions">Added to the tier's conditions; one with the same code replaces the tier's.</param>
public sealed record HumanitarianTerms(
    int Credit,
    RiskTier ExpeditedUpTo,
    int ExpeditedReviewDays,
    IReadOnlyList<DefaultCondition> ExpeditedConditions);
