namespace Sandbox.Provisioning.Gateway;

/// <summary>
/// Told of every request the gateway refused on a licence condition (403) from a caller bound to the sandbox, after
/// the refusal was audited. Oversight counts them to raise a misuse report when a sandbox keeps hitting its conditions.
/// </summary>
public interface IGatewayRefusalObserver
{
    Task RefusedAsync(string sandboxId, string licenceId, string condition, CancellationToken cancellationToken);
}
