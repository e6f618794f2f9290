using System.Text.Json.Nodes;
using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Runtime;

/// <summary>
/// A named step a definition runs on entering a state or on a transition. It may run more than once (a retry, a
/// crash before its result was stored), so it must act at most once per <see cref="ActivityContext.Key"/>: create
/// documents with ids derived from the key, or check for the effect before acting.
/// </summary>
public interface IWorkflowActivity
{
    /// <summary>The name definitions use, such as <c>issue-licence</c>.</summary>
    string Name { get; }

    /// <summary>Problems with the parameters a definition gives; checked at start-up.</summary>
    IReadOnlyList<string> CheckParameters(JsonObject? parameters) => [];

    Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);
}

/// <summary>What an activity sees: the instance as committed, its parameters and the trigger that caused it.</summary>
public sealed record ActivityContext(
    string Key,
    int Attempt,
    WorkflowInstance Instance,
    JsonObject Parameters,
    HistoryEntry? Cause)
{
    public JsonObject Data => Instance.Data;

    public string Parameter(string name) =>
        Parameters[name]?.GetValue<string>() ?? throw new InvalidOperationException($"Parameter '{name}' is missing.");
}

/// <summary>Values to merge into the instance data and, optionally, a system trigger to fire next.</summary>
public sealed record ActivityOutcome(JsonObject? Data = null, string? Fire = null, string? Reason = null)
{
    public static ActivityOutcome Done { get; } = new();
}
