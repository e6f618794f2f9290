using Sandbox.Domain.Classification;

namespace Sandbox.Domain.Risk;

/// <summary>Points for the highest-impact item; an unclassified item counts as <paramref name="UnclassifiedPoints"/>.</summary>
public sealed record ImpactWeights(IReadOnlyDictionary<ImpactRating, int> Points, int UnclassifiedPoints);
