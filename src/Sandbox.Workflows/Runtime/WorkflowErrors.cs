namespace Sandbox.Workflows.Runtime;

/// <summary>The trigger cannot be fired now: wrong state, an unmet guard, or the wrong kind of actor. A 409, never a silent no-op.</summary>
public sealed class TriggerNotPermittedException(string instanceId, string state, string trigger, IReadOnlyList<string> reasons)
    : Exception($"'{trigger}' is not permitted in state '{state}': {string.Join("; ", reasons)}.")
{
    public string InstanceId { get; } = instanceId;

    public string State { get; } = state;

    public string Trigger { get; } = trigger;

    public IReadOnlyList<string> Reasons { get; } = reasons;
}

/// <summary>The request itself is incomplete, such as a missing reason: a 400.</summary>
public sealed class WorkflowInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

public sealed class WorkflowInstanceNotFoundException(string instanceId) : Exception($"Workflow instance '{instanceId}' does not exist.")
{
    public string InstanceId { get; } = instanceId;
}

/// <summary>The caller acted on a version of the instance that has changed since: a 412.</summary>
public sealed class WorkflowConcurrencyException(string instanceId) : Exception($"Workflow instance '{instanceId}' has changed; reload it and try again.")
{
    public string InstanceId { get; } = instanceId;
}
