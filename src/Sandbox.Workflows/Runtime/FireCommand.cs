using System.Text.Json.Nodes;
using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Runtime;

/// <param name="Data">Recorded in the history and merged into the instance data (a decision, its conditions).</param>
/// <param name="IfMatch">The instance ETag the person acted on; a changed instance is refused rather than overwritten.</param>
public sealed record FireCommand(string Trigger, WorkflowActor Actor, string? Reason = null, JsonObject? Data = null, string? IfMatch = null)
{
    internal string? TimerDocumentId { get; init; }
}

/// <summary>A trigger as the actor sees it now: offered, or refused with the reasons.</summary>
public sealed record PermittedTrigger(string Trigger, string Label, bool ReasonRequired, bool Permitted, IReadOnlyList<string> Unmet);
