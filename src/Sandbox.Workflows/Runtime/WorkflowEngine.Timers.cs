using Microsoft.Extensions.Logging;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Timers;

namespace Sandbox.Workflows.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>Timer documents due now, earliest first; claimed ones are hidden by their moved due time.</summary>
    public async Task<IReadOnlyList<Versioned<TimerDocument>>> DueTimersAsync(int take, CancellationToken cancellationToken = default)
    {
        var page = await timers.QueryAsync(DocumentQuery.AcrossPartitions()
            .Where(QueryFilter.AtMost("dueAt", time.GetUtcNow()))
            .Sorted(SortOrder.Ascending("dueAt"))
            .Take(take), cancellationToken);
        return page.Items;
    }

    /// <summary>
    /// Claims the timer (one node wins the ETag race) and fires it into its instance if the instance still lists
    /// it; the instance write is what makes it fire once. Returns whether this call fired it.
    /// </summary>
    public async Task<bool> FireTimerAsync(Versioned<TimerDocument> due, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(due);
        var now = time.GetUtcNow();
        Versioned<TimerDocument> claimed;
        try
        {
            claimed = await timers.ReplaceAsync(
                due.Value with { DueAt = now + _options.TimerClaim, ClaimedBy = _options.NodeId, Claims = due.Value.Claims + 1 }, due.ETag, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is DocumentConcurrencyException or DocumentNotFoundException)
        {
            return false;
        }

        var timer = claimed.Value;
        for (var attempt = 0; attempt < SystemRetries; attempt++)
        {
            var current = await instances.ReadAsync(timer.InstanceId, timer.InstanceId, cancellationToken);
            var scheduled = current?.Value.Timers.FirstOrDefault(t => t.DocumentId == timer.Id);
            if (current is null || scheduled is null)
            {
                await ForgetAsync(claimed, now, cancellationToken);
                return false;
            }

            var instance = current.Value;
            IReadOnlyList<ScheduledTimer> next;
            try
            {
                next = _interpreter.Fire(DefinitionOf(instance), instance, new FireCommand(timer.Trigger, WorkflowActor.Timer(timer.TimerId)) { TimerDocumentId = timer.Id }, _options.WorkGrace);
            }
            catch (TriggerNotPermittedException e)
            {
                LogTimerRefused(logger, instance.Id, timer.TimerId, e.Message);
                instance.Timers.RemoveAll(t => t.DocumentId == timer.Id);
                next = [];
            }

            await CreateTimerDocumentsAsync(instance.Id, next, cancellationToken);
            try
            {
                await instances.ReplaceAsync(instance, current.ETag, cancellationToken: cancellationToken);
            }
            catch (DocumentConcurrencyException)
            {
                continue;
            }

            await timers.DeleteAsync(timer.InstanceId, timer.Id, cancellationToken: cancellationToken);
            await ProcessQuietlyAsync(instance.Id, cancellationToken);
            return true;
        }

        return false;
    }

    /// <summary>A timer its instance does not list: cancelled, already fired, or from a change not yet stored.</summary>
    private async Task ForgetAsync(Versioned<TimerDocument> claimed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now - claimed.Value.CreatedAt < _options.OrphanTimerGrace)
        {
            return; // The claim hides it for a while; by then the change that scheduled it has been stored, or never will be.
        }

        await timers.DeleteAsync(claimed.Value.InstanceId, claimed.Value.Id, claimed.ETag, cancellationToken);
    }

    /// <summary>Instances whose effects nobody finished (a node died, an activity waits for its retry).</summary>
    public async Task<IReadOnlyList<Versioned<WorkflowInstance>>> DueWorkAsync(int take, CancellationToken cancellationToken = default)
    {
        var page = await instances.QueryAsync(DocumentQuery.AcrossPartitions()
            .Where(QueryFilter.AtMost("nextWorkAt", time.GetUtcNow()))
            .Sorted(SortOrder.Ascending("nextWorkAt"))
            .Take(take), cancellationToken);
        return page.Items;
    }

    /// <summary>Claims the instance's pending work for this node (pushing its next-work time out), then does it.</summary>
    public async Task<bool> ResumeAsync(Versioned<WorkflowInstance> due, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(due);
        var instance = due.Value;
        instance.NextWorkAt = time.GetUtcNow() + _options.WorkGrace;
        try
        {
            await instances.ReplaceAsync(instance, due.ETag, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is DocumentConcurrencyException or DocumentNotFoundException)
        {
            return false;
        }

        await ProcessAsync(instance.Id, cancellationToken);
        return true;
    }

    /// <summary>An administrator retries the activity behind an open incident.</summary>
    public async Task<Versioned<WorkflowInstance>> RetryIncidentAsync(string instanceId, string incidentId, WorkflowActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        for (var attempt = 0; ; attempt++)
        {
            var current = await instances.ReadAsync(instanceId, instanceId, cancellationToken) ?? throw new WorkflowInstanceNotFoundException(instanceId);
            var instance = current.Value;
            var incident = instance.Incidents.FirstOrDefault(i => i.Id == incidentId && i.ResolvedAt is null)
                ?? throw new WorkflowInputException("incidentId", $"Instance '{instanceId}' has no open incident '{incidentId}'.");
            var now = time.GetUtcNow();
            incident.ResolvedAt = now;
            incident.ResolvedBy = actor.Id;
            instance.OpenIncidents = instance.Incidents.Count(i => i.ResolvedAt is null);
            var work = instance.Pending.FirstOrDefault(p => p.IncidentId == incidentId);
            if (work is not null)
            {
                work.IncidentId = null;
                work.Attempts = 0;
                work.NotBefore = null;
            }

            instance.NextWorkAt = now;
            try
            {
                await instances.ReplaceAsync(instance, current.ETag, cancellationToken: cancellationToken);
            }
            catch (DocumentConcurrencyException) when (attempt < SystemRetries)
            {
                continue;
            }

            await ProcessQuietlyAsync(instanceId, cancellationToken);
            return (await instances.ReadAsync(instanceId, instanceId, cancellationToken))!;
        }
    }

    public async Task<IReadOnlyList<WorkflowInstance>> WithOpenIncidentsAsync(CancellationToken cancellationToken = default) =>
        await instances.QueryAllAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.GreaterThan("openIncidents", 0)).Take(200), cancellationToken)
            .Select(i => i.Value).ToListAsync(cancellationToken);

    [LoggerMessage(LogLevel.Warning, "Workflow instance {InstanceId}: timer {TimerId} fired but its trigger is refused: {Reason}")]
    private static partial void LogTimerRefused(ILogger logger, string instanceId, string timerId, string reason);
}
