using Sandbox.Domain.Licensing;
using Sandbox.Provisioning.Environments;

namespace Sandbox.Benchmarks.Gateway;

/// <summary>An active licence, its Ready sandbox, and a client-credentials access token of the sandbox's service client.</summary>
internal sealed record ArrangedSandbox(PilotLicence Licence, SandboxEnvironment Sandbox, string AccessToken)
{
    public string QueryPath => $"/api/sandboxes/{Sandbox.Id}/query";
}
