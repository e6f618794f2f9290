namespace Sandbox.Domain.Applications;

/// <summary>One technology the pilot uses, what it can do, and its control category in the catalogue.</summary>
public sealed record TechnologyItem
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<Capability> Capabilities { get; init; } = [];

    public string? ClassificationCode { get; init; }
}
