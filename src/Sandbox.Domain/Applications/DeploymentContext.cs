namespace Sandbox.Domain.Applications;

/// <summary>Where the technology runs during the pilot, from most to least contained.</summary>
public enum DeploymentContext
{
    LabOnly,
    SyntheticData,
    RealWorldTesting,
}
