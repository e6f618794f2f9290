namespace Sandbox.Domain.Classification;

/// <summary>The potential military and security impact of a technology, from least to most severe.</summary>
public enum ImpactRating
{
    Low,
    Moderate,
    High,
    Critical,
}
