namespace Sandbox.Domain.Applications;

/// <summary>Whom the pilot's data or deployment touches, including vulnerable groups.</summary>
public sealed record AffectedPopulations
{
    public string? Description { get; init; }

    public int? EstimatedPeople { get; init; }

    public IReadOnlyList<VulnerableGroup> VulnerableGroups { get; init; } = [];
}
