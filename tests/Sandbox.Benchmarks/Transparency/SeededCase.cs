using Sandbox.Domain.Applications;
using Sandbox.Workflows.Instances;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>One application as seeded: the case file, its versions, its case instances and the licences they issued.</summary>
internal sealed record SeededCase(CaseFile File, PilotApplication Application, IReadOnlyList<ApplicationVersion> Versions, IReadOnlyList<WorkflowInstance> Instances, IReadOnlyList<LicencePlan> Licences);
