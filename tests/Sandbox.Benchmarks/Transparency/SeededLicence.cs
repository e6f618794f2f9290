using Sandbox.Domain.Licensing;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;
using Sandbox.Workflows.Instances;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>A licence with its lifecycle instance and, once it became active, its sandbox and the sandbox's export requests.</summary>
internal sealed record SeededLicence(PilotLicence Licence, WorkflowInstance Lifecycle, SandboxEnvironment? Sandbox, IReadOnlyList<ExportRequest> Exports);
