using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Tasks;

namespace Sandbox.Workflows.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>Makes the inbox and the timer documents follow the committed state; tells observers. Idempotent.</summary>
    private async Task ProjectAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var definition = DefinitionOf(instance);
        var published = Tasks(definition, instance);
        foreach (var task in published)
        {
            await tasks.UpsertAsync(task, cancellationToken: cancellationToken);
        }

        foreach (var stale in instance.OpenTasks.Where(t => published.All(p => p.Id != t.Id)))
        {
            await tasks.DeleteAsync(stale.Role, stale.Id, cancellationToken: cancellationToken);
        }

        foreach (var cancelled in instance.CancelledTimers)
        {
            await timers.DeleteAsync(instance.Id, cancelled.DocumentId, cancellationToken: cancellationToken);
        }

        foreach (var entry in instance.History.Where(h => h.Sequence > instance.ProjectedSequence))
        {
            foreach (var observer in observers)
            {
                await observer.TransitionedAsync(instance, entry, cancellationToken);
            }
        }

        instance.OpenTasks = published.Select(t => new TaskReference(t.Id, t.Role)).ToList();
        instance.CancelledTimers.Clear();
        instance.ProjectedSequence = instance.Sequence;
        instance.ProjectionPending = false;
        // This node goes on with the pending work at once; other nodes' workers wait for the grace to pass.
        instance.NextWorkAt = instance.Pending.Count > 0 ? time.GetUtcNow() + _options.WorkGrace : null;
    }

    private List<WorkflowTask> Tasks(WorkflowDefinition definition, WorkflowInstance instance)
    {
        if (instance.Completed)
        {
            return [];
        }

        var lineage = definition.Lineage(instance.State);
        var clock = lineage.Select(s => s.Sla?.Clock).OfType<string>().FirstOrDefault();
        var due = clock is not null ? instance.Clocks.GetValueOrDefault(clock)?.DueAt : null;
        var now = time.GetUtcNow();
        var published = new List<WorkflowTask>();
        foreach (var state in lineage)
        {
            foreach (var task in state.Tasks)
            {
                var organization = task.Organization switch
                {
                    null => null,
                    "subject" => instance.Subject.OrganizationId,
                    var path => DataPaths.Read(instance.Data, path["data:".Length..])?.GetValue<string>(),
                };
                if (task.Organization is not null && organization is null)
                {
                    continue; // meant for one organization that is not known here: nobody else may see it
                }

                published.Add(new WorkflowTask
                {
                    Id = $"{instance.Id}:{state.Id}:{task.Id}",
                    Role = task.Role,
                    Queue = task.Queue,
                    Title = task.Title,
                    InstanceId = instance.Id,
                    DefinitionId = instance.DefinitionId,
                    State = instance.State,
                    StateLabel = lineage[0].Label,
                    Subject = instance.Subject,
                    OrganizationId = organization,
                    ExcludedOrganizationId = task.Organization is null
                        ? (task.ExcludeOrganization is { } excluded ? DataPaths.Read(instance.Data, excluded["data:".Length..])?.GetValue<string>() : null) ?? instance.Subject.OrganizationId
                        : null,
                    DueAt = due,
                    CreatedAt = instance.StateEnteredAt == default ? now : instance.StateEnteredAt,
                    Actions = task.Actions.Select(a => new TaskAction(a, definition.Trigger(a)!.Label)).ToList(),
                });
            }
        }

        return published;
    }
}
