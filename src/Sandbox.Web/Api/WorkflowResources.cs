using System.Text.Json.Nodes;
using Sandbox.Licensing.Cases;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;
using Sandbox.Workflows.Tasks;

namespace Sandbox.Web.Api;

/// <summary>A workflow instance as case workers see it: state, clocks, history, what the caller may do next.</summary>
public sealed record InstanceResource(
    string Id, string Definition, int Version, string State, string StateLabel, bool Completed, WorkflowSubject Subject,
    JsonObject Data, IReadOnlyList<HistoryEntry> History, IReadOnlyList<ClockResource> Clocks, IReadOnlyList<Incident> Incidents,
    IReadOnlyList<PermittedTrigger> Actions, DateTimeOffset StateEnteredAt)
{
    public static InstanceResource From(WorkflowInstance instance, WorkflowDefinition definition, IReadOnlyList<PermittedTrigger> actions, DateTimeOffset now) => new(
        instance.Id, instance.DefinitionId, instance.DefinitionVersion, instance.State, definition.State(instance.State).Label, instance.Completed, instance.Subject,
        instance.Data, instance.History, [.. instance.Clocks.Values.Select(c => ClockResource.From(c, now))], instance.Incidents, actions, instance.StateEnteredAt);
}

public sealed record ClockResource(string Name, TimeSpan Budget, TimeSpan Remaining, DateTimeOffset? DueAt, bool Running, bool Paused)
{
    public static ClockResource From(SlaClock clock, DateTimeOffset now) =>
        new(clock.Name, clock.Budget, clock.Remaining(now), clock.DueAt, clock.RunningSince is not null, clock.Paused);
}

/// <summary>The case as the applicant sees it: a stage in plain words, the regulator's messages, and the actions open to them.</summary>
public sealed record ApplicantCaseResource(ApplicantCaseStage Stage, IReadOnlyList<HistoryEntry> Messages, IReadOnlyList<PermittedTrigger> Actions);

public sealed record TaskResource(
    string Id, string Title, string Queue, string Role, string InstanceId, string Definition, string State, string StateLabel, WorkflowSubject Subject,
    DateTimeOffset? DueAt, DateTimeOffset CreatedAt, SlaStatus Sla, IReadOnlyList<TaskAction> Actions)
{
    public static TaskResource From(WorkflowTask task, DateTimeOffset now) =>
        new(task.Id, task.Title, task.Queue, task.Role, task.InstanceId, task.DefinitionId, task.State, task.StateLabel, task.Subject, task.DueAt, task.CreatedAt, task.SlaStatusAt(now), task.Actions);
}

public sealed record DefinitionSummary(string Id, int Version, string Title, string? Description, int States, int Triggers)
{
    public static DefinitionSummary From(WorkflowDefinition definition) =>
        new(definition.Id, definition.Version, definition.Title, definition.Description, definition.States.Count, definition.Triggers.Count);
}

public sealed record TriggerRequest(string? Reason);

public sealed record IncidentResource(string InstanceId, string Definition, WorkflowSubject Subject, Incident Incident);
