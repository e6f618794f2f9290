namespace Sandbox.Domain.Applications;

/// <summary>A party to the pilot; every party is screened against the denied-party lists on submission.</summary>
public sealed record Party
{
    public PartyRole? Role { get; init; }

    public string? Name { get; init; }

    public PartySector? Sector { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }

    public string? Address { get; init; }
}
