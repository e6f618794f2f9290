using System.Text.Json.Nodes;

namespace Sandbox.Workflows.Definitions;

/// <summary>A named C# activity (<see cref="Runtime.IWorkflowActivity"/>) with its parameters.</summary>
public sealed record ActivityInvocation
{
    public required string Activity { get; init; }

    public JsonObject? Parameters { get; init; }

    /// <summary>Attempts before an incident is opened.</summary>
    public int MaxAttempts { get; init; } = 5;
}
