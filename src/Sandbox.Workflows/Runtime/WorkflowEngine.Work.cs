using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Sandbox.Storage.Errors;
using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Runtime;

public sealed partial class WorkflowEngine
{
    private const int MaxStepsPerDrain = 200;

    /// <summary>
    /// Carries out what the instance records as still to do: publish tasks and tell observers, then run its pending
    /// activities and automatic triggers in order. Each step is stored before the next; a failed activity waits
    /// (backoff) or opens an incident. Safe to call on any node at any time.
    /// </summary>
    public async Task ProcessAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var drain = new Drain();
        for (var step = 0; step < MaxStepsPerDrain; step++)
        {
            var current = await instances.ReadAsync(instanceId, instanceId, cancellationToken);
            if (current is null)
            {
                return;
            }

            var instance = current.Value;
            var next = await NextStepAsync(instance, drain, cancellationToken);
            if (next == Step.Idle)
            {
                return;
            }

            try
            {
                await instances.ReplaceAsync(instance, current.ETag, cancellationToken: cancellationToken);
            }
            catch (DocumentConcurrencyException)
            {
                // Someone else moved the instance on: read it again and carry on from there.
            }

            if (next == Step.Wait)
            {
                return;
            }
        }
    }

    private enum Step
    {
        Idle,
        Continue,
        Wait,
    }

    /// <summary>
    /// An activity that ran in this drain: if storing its result meets a concurrent change, the result is applied
    /// to the fresh instance instead of running the activity again.
    /// </summary>
    private sealed class Drain
    {
        public string? CompletedKey { get; set; }

        public ActivityOutcome? CompletedOutcome { get; set; }
    }

    /// <summary>Changes <paramref name="instance"/> in memory by one step; the caller stores it.</summary>
    private async Task<Step> NextStepAsync(WorkflowInstance instance, Drain drain, CancellationToken cancellationToken)
    {
        if (instance.ProjectionPending)
        {
            await ProjectAsync(instance, cancellationToken);
            return Step.Continue;
        }

        var now = time.GetUtcNow();
        var work = instance.Pending.FirstOrDefault();
        if (work is null || work.IncidentId is not null)
        {
            return SetNextWork(instance, null) ? Step.Wait : Step.Idle;
        }

        if (work.NotBefore is { } notBefore && notBefore > now)
        {
            return SetNextWork(instance, notBefore) ? Step.Wait : Step.Idle;
        }

        if (work.FireTrigger is { } trigger)
        {
            instance.Pending.RemoveAt(0);
            if (StillIn(instance, work.State))
            {
                await FireWithinAsync(instance, work, trigger, reason: null, data: null, cancellationToken);
            }

            return Step.Continue;
        }

        // Hold the work for this node while the activity runs, so no worker starts it a second time meanwhile.
        if (drain.CompletedKey != work.Key && (instance.NextWorkAt is not { } lease || lease < now + (_options.WorkGrace / 2)))
        {
            instance.NextWorkAt = now + _options.WorkGrace;
            return Step.Continue;
        }

        await RunActivityAsync(instance, work, drain, now, cancellationToken);
        return Step.Continue;
    }

    private static bool SetNextWork(WorkflowInstance instance, DateTimeOffset? at)
    {
        if (instance.NextWorkAt == at)
        {
            return false;
        }

        instance.NextWorkAt = at;
        return true;
    }

    /// <summary>An automatic trigger belongs to the state that asked for it; once that state is left it is dropped.</summary>
    private bool StillIn(WorkflowInstance instance, string state) =>
        DefinitionOf(instance).Lineage(instance.State).Any(s => s.Id == state);

    private async Task RunActivityAsync(WorkflowInstance instance, PendingWork work, Drain drain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ActivityOutcome outcome;
        if (drain.CompletedKey == work.Key && drain.CompletedOutcome is { } done)
        {
            outcome = done;
        }
        else
        {
            var cause = instance.History.FirstOrDefault(h => h.Sequence == work.Sequence);
            var context = new ActivityContext(work.Key, work.Attempts + 1, instance, work.Parameters ?? [], cause);
            var watch = Stopwatch.StartNew();
            try
            {
                var activity = _activities.GetValueOrDefault(work.Activity!)
                    ?? throw new InvalidOperationException($"No activity named '{work.Activity}' is registered.");
                outcome = await activity.ExecuteAsync(context, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Failed(instance, work, e, now);
                LogActivityFailed(logger, instance.Id, work.Activity!, work.Attempts, e.Message);
                return;
            }

            LogActivityDone(logger, instance.Id, work.Activity!, watch.ElapsedMilliseconds);
            drain.CompletedKey = work.Key;
            drain.CompletedOutcome = outcome;
        }

        instance.Pending.Remove(work);
        DataPaths.Merge(instance.Data, outcome.Data);
        instance.UpdatedAt = now;
        if (outcome.Fire is { } trigger && StillIn(instance, work.State))
        {
            await FireWithinAsync(instance, work, trigger, outcome.Reason, outcome.Data, cancellationToken);
        }
    }

    private static void Failed(WorkflowInstance instance, PendingWork work, Exception error, DateTimeOffset now)
    {
        work.Attempts++;
        work.LastError = error.Message;
        if (work.Attempts < work.MaxAttempts)
        {
            work.NotBefore = now + Backoff(work.Attempts);
            instance.NextWorkAt = work.NotBefore;
            return;
        }

        OpenIncident(instance, work, error.Message, now);
    }

    private static void OpenIncident(WorkflowInstance instance, PendingWork work, string error, DateTimeOffset now)
    {
        var incident = new Incident
        {
            Id = $"{work.Key}:incident:{instance.Incidents.Count + 1}",
            WorkKey = work.Key,
            Activity = work.Activity ?? work.FireTrigger ?? "?",
            Error = error,
            Attempts = work.Attempts,
            OpenedAt = now,
        };
        instance.Incidents.Add(incident);
        instance.OpenIncidents = instance.Incidents.Count(i => i.ResolvedAt is null);
        work.IncidentId = incident.Id;
        instance.NextWorkAt = null;
    }

    /// <summary>1 s, 2 s, 4 s … at most 5 minutes.</summary>
    internal static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, attempts - 1)));

    /// <summary>A trigger fired by the runtime itself while it holds the instance; a refusal opens an incident.</summary>
    private async Task FireWithinAsync(WorkflowInstance instance, PendingWork work, string trigger, string? reason, JsonObject? data, CancellationToken cancellationToken)
    {
        try
        {
            var scheduled = _interpreter.Fire(DefinitionOf(instance), instance, new FireCommand(trigger, WorkflowActor.System, reason, data), _options.WorkGrace);
            await CreateTimerDocumentsAsync(instance.Id, scheduled, cancellationToken);
        }
        catch (Exception e) when (e is TriggerNotPermittedException or InvalidOperationException or WorkflowInputException)
        {
            var blocked = new PendingWork { Key = work.Key.EndsWith(":fire", StringComparison.Ordinal) ? work.Key : work.Key + ":fire", Sequence = work.Sequence, State = work.State, FireTrigger = trigger, Attempts = 1, MaxAttempts = 1 };
            instance.Pending.Insert(0, blocked);
            OpenIncident(instance, blocked, e.Message, time.GetUtcNow());
        }
    }

    [LoggerMessage(LogLevel.Warning, "Workflow instance {InstanceId}: activity {Activity} failed (attempt {Attempts}): {Error}")]
    private static partial void LogActivityFailed(ILogger logger, string instanceId, string activity, int attempts, string error);

    [LoggerMessage(LogLevel.Debug, "Workflow instance {InstanceId}: activity {Activity} done in {Milliseconds} ms.")]
    private static partial void LogActivityDone(ILogger logger, string instanceId, string activity, long milliseconds);
}
