namespace Sandbox.Workflows.Instances;

/// <param name="DocumentId">The timer document's id, unique per scheduling.</param>
/// <param name="TimerId">The timer's id in the definition.</param>
public sealed record ScheduledTimer(string DocumentId, string TimerId, string State, string Trigger, DateTimeOffset DueAt);
