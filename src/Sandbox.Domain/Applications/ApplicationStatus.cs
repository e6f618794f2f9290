namespace Sandbox.Domain.Applications;

/// <summary>Where an application stands at intake; the licensing workflow takes over after submission.</summary>
public enum ApplicationStatus
{
    Draft,
    Submitted,
    Withdrawn,
}
