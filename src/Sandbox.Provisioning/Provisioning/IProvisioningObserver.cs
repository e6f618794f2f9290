using Sandbox.Provisioning.Environments;

namespace Sandbox.Provisioning.Provisioning;

/// <summary>Told after each provisioning step is stored (logs, metrics; tests stop provisioning half way with it).</summary>
public interface IProvisioningObserver
{
    void StepStored(SandboxEnvironment environment, string stepName);
}
