using Sandbox.Identity.Audit;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Cases;

/// <summary>Every decision and status change goes to the audit log: one event per committed transition.</summary>
public sealed class WorkflowAuditObserver(AuditLog audit) : IWorkflowObserver
{
    public const string EventType = "workflow.transition";

    public async Task TransitionedAsync(WorkflowInstance instance, HistoryEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(entry);
        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["instance"] = instance.Id,
            ["definition"] = instance.Key,
            ["sequence"] = entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["from"] = entry.From,
            ["to"] = entry.To,
            ["trigger"] = entry.Trigger,
            ["actorKind"] = entry.ActorKind.ToString(),
        };
        if (entry.Reason is { } reason)
        {
            details["reason"] = reason;
        }

        await audit.AppendAsync(EventType, entry.ActorId, instance.Subject.Reference ?? instance.Subject.Id, AuditOutcome.Succeeded, details, cancellationToken);
    }
}
