using Sandbox.Domain.Classification;

namespace Sandbox.Domain.Risk;

/// <summary>An item's catalogue entry passed its review date unrenewed, so its impact rating no longer counts.</summary>
public sealed record ClassificationLapse(string Code, ImpactRating ImpactRating, DateOnly ReviewBy);
