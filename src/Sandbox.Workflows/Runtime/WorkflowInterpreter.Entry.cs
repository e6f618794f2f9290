using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Runtime;

internal sealed partial class WorkflowInterpreter
{
    private static List<ScheduledTimer> Enter(
        WorkflowDefinition definition, WorkflowInstance instance, List<StateDefinition> entered, TransitionDefinition? transition,
        bool rescheduleAll, DateTimeOffset now, TimeSpan workGrace)
    {
        var lineage = definition.Lineage(instance.State);
        UpdateClocks(instance, lineage, now);

        var scheduled = new List<ScheduledTimer>();
        foreach (var state in rescheduleAll ? lineage.Reverse() : entered)
        {
            foreach (var timer in state.Timers)
            {
                if (Schedule(instance, state, timer, now) is { } due)
                {
                    scheduled.Add(due);
                }
            }
        }

        instance.Timers.AddRange(scheduled);
        var sequence = instance.Sequence;
        if (transition is not null)
        {
            for (var i = 0; i < transition.Activities.Count; i++)
            {
                instance.Pending.Add(Work($"{instance.Id}:{sequence}:t{i}", sequence, instance.State, transition.Activities[i]));
            }
        }

        foreach (var state in entered)
        {
            for (var i = 0; i < state.OnEntry.Count; i++)
            {
                instance.Pending.Add(Work($"{instance.Id}:{sequence}:{state.Id}:{i}", sequence, instance.State, state.OnEntry[i]));
            }
        }

        if (entered.Count > 0 && entered[^1].Next is { } next)
        {
            instance.Pending.Add(new PendingWork { Key = $"{instance.Id}:{sequence}:next", Sequence = sequence, State = instance.State, FireTrigger = next });
        }

        if (lineage[0].Final)
        {
            instance.Completed = true;
            foreach (var clock in instance.Clocks.Values)
            {
                clock.Stop(now, paused: false);
            }

            instance.CancelledTimers.AddRange(instance.Timers);
            instance.Timers.Clear();
            scheduled.Clear();
        }

        instance.UpdatedAt = now;
        instance.ProjectionPending = true;
        instance.NextWorkAt = now + workGrace;
        return scheduled;
    }

    private static PendingWork Work(string key, int sequence, string state, ActivityInvocation invocation) => new()
    {
        Key = key,
        Sequence = sequence,
        State = state,
        Activity = invocation.Activity,
        Parameters = invocation.Parameters?.DeepClone().AsObject(),
        MaxAttempts = invocation.MaxAttempts,
    };

    /// <summary>A clock runs in a state (or parent) that names it, pauses where listed, and stops elsewhere.</summary>
    private static void UpdateClocks(WorkflowInstance instance, IReadOnlyList<StateDefinition> lineage, DateTimeOffset now)
    {
        foreach (var sla in lineage.Select(s => s.Sla).OfType<SlaDefinition>())
        {
            if (!instance.Clocks.ContainsKey(sla.Clock))
            {
                instance.Clocks[sla.Clock] = new SlaClock { Name = sla.Clock, Budget = Budget(instance, sla), StartedAt = now };
            }
        }

        foreach (var clock in instance.Clocks.Values)
        {
            if (lineage.Any(s => s.Sla?.Clock == clock.Name))
            {
                clock.Start(now);
            }
            else
            {
                clock.Stop(now, paused: lineage.Any(s => s.PauseClocks.Contains(clock.Name)));
            }
        }
    }

    private static TimeSpan Budget(WorkflowInstance instance, SlaDefinition sla)
    {
        if (sla.Budget is { } budget)
        {
            return Durations.Parse(budget);
        }

        var days = DataPaths.ReadNumber(instance.Data, sla.BudgetDaysFrom!)
            ?? throw new InvalidOperationException($"Clock '{sla.Clock}' takes its budget from '{sla.BudgetDaysFrom}', which the instance data does not hold.");
        return TimeSpan.FromDays(days);
    }

    private static ScheduledTimer? Schedule(WorkflowInstance instance, StateDefinition state, TimerDefinition timer, DateTimeOffset now)
    {
        DateTimeOffset due;
        if (timer.After is { } after)
        {
            due = now + Durations.Parse(after);
        }
        else
        {
            var at = timer.At!;
            var basis = at.Field is { } field
                ? DataPaths.ReadTime(instance.Data, field) ?? throw new InvalidOperationException($"Timer '{timer.Id}' reads '{field}', which is not a time in the instance data.")
                : instance.Clocks.GetValueOrDefault(at.Clock!)?.DueAt;
            if (basis is null)
            {
                return null;
            }

            due = basis.Value + (at.Offset is { } offset ? Durations.Parse(offset) : TimeSpan.Zero);
        }

        if (timer.SkipIfPast && due < now)
        {
            return null;
        }

        // The store compares times as UTC text: a time read with another offset must be converted first.
        return new ScheduledTimer($"{instance.Id}:{instance.Sequence}:{timer.Id}", timer.Id, state.Id, timer.Trigger, due.ToUniversalTime());
    }
}
