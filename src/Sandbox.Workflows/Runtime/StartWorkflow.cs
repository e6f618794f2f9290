using System.Text.Json.Nodes;
using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Runtime;

/// <param name="InstanceId">Derived from the subject, so starting twice finds the first instance instead of a second.</param>
public sealed record StartWorkflow(string DefinitionId, string InstanceId, WorkflowSubject Subject, JsonObject Data, WorkflowActor Actor, string? ParentInstanceId = null);
