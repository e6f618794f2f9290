namespace Sandbox.Provisioning.Environments;

/// <summary>Where a sandbox environment is in its life. Only <see cref="Ready"/> serves data.</summary>
public enum SandboxStatus
{
    /// <summary>Provisioning started and has not finished (it resumes where it stopped).</summary>
    Provisioning,

    Ready,

    /// <summary>Access withdrawn while the licence is suspended; data kept; reinstatement issues new credentials.</summary>
    Suspended,

    /// <summary>The licence ended: access withdrawn for good, data kept until <see cref="SandboxEnvironment.PurgeDueAt"/>.</summary>
    Closed,

    /// <summary>Data purged after the retention period.</summary>
    Deprovisioned,
}
