using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;

namespace Sandbox.Domain.Risk;

/// <summary>One technology item as the assessment sees it.</summary>
/// <param name="Impact">The impact rating of the item's catalogue entry; null while the item is unclassified or its entry lapsed.</param>
/// <param name="Lapse">Set when the item's entry passed its review date: the item is classified, but its rating no longer counts.</param>
public sealed record RiskItem(ImpactRating? Impact, IReadOnlyList<Capability> Capabilities, ClassificationLapse? Lapse = null);
