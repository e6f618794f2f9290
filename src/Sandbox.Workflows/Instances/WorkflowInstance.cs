using System.Text.Json.Nodes;
using Sandbox.Storage.Documents;

namespace Sandbox.Workflows.Instances;

/// <summary>
/// A running workflow, pinned to <see cref="DefinitionId"/>@<see cref="DefinitionVersion"/>. Every change is one
/// ETag-checked replace of this document; its effects (tasks, timer documents, activities) are recorded here first
/// and carried out afterwards, so a crash between the two loses nothing and repeats nothing.
/// </summary>
public sealed class WorkflowInstance
{
    public static ContainerDefinition Container { get; } =
        new("workflow-instances", "/id", ["definitionId", "subject.id", "state", "nextWorkAt", "openIncidents", "updatedAt"]);

    public required string Id { get; init; }

    public required string DefinitionId { get; init; }

    public required int DefinitionVersion { get; init; }

    public required string State { get; set; }

    public bool Completed { get; set; }

    public required WorkflowSubject Subject { get; init; }

    public string? ParentInstanceId { get; init; }

    public JsonObject Data { get; set; } = [];

    public List<HistoryEntry> History { get; set; } = [];

    /// <summary>Activities and automatic triggers still to run, in order.</summary>
    public List<PendingWork> Pending { get; set; } = [];

    /// <summary>Timers scheduled for the states the instance is in; a timer document not listed here is stale.</summary>
    public List<ScheduledTimer> Timers { get; set; } = [];

    /// <summary>Timer documents to delete once the change is committed.</summary>
    public List<ScheduledTimer> CancelledTimers { get; set; } = [];

    public Dictionary<string, SlaClock> Clocks { get; set; } = [];

    public List<Incident> Incidents { get; set; } = [];

    public int OpenIncidents { get; set; }

    /// <summary>Tasks and timer documents still have to follow the last committed change.</summary>
    public bool ProjectionPending { get; set; }

    /// <summary>When a worker should look at this instance; none when nothing is left to do.</summary>
    public DateTimeOffset? NextWorkAt { get; set; }

    public int Sequence { get; set; }

    /// <summary>The last history entry whose effects (tasks, observers) have been carried out.</summary>
    public int ProjectedSequence { get; set; }

    /// <summary>The inbox tasks published for the current state, so they can be withdrawn when it is left.</summary>
    public List<TaskReference> OpenTasks { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset StateEnteredAt { get; set; }

    public string Key => Definitions.WorkflowDefinition.KeyOf(DefinitionId, DefinitionVersion);
}

public sealed record TaskReference(string Id, string Role);

/// <summary>What the workflow is about: a case, a licence.</summary>
/// <param name="OrganizationId">The applicant's or holder's organization: guards and tasks keep it out of its own review.</param>
public sealed record WorkflowSubject(string Kind, string Id, string? Reference, string? Title, string? OrganizationId);
