using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Runtime;

/// <summary>
/// Told of every committed transition after it is stored (the audit log). At least once: after a crash between the
/// call and the instance write, an entry is told again.
/// </summary>
public interface IWorkflowObserver
{
    Task TransitionedAsync(WorkflowInstance instance, HistoryEntry entry, CancellationToken cancellationToken);
}
