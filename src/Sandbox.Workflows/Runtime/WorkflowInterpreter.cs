using System.Text.Json.Nodes;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Instances;
using Stateless;

namespace Sandbox.Workflows.Runtime;

/// <summary>
/// Applies one trigger to an instance in memory, with Stateless deciding what is permitted: the new state, the
/// history entry, the timers to schedule and cancel, the clocks, and the activities to run. No I/O: the runtime
/// stores the result with one ETag-checked write.
/// </summary>
internal sealed partial class WorkflowInterpreter(TimeProvider time)
{
    /// <summary>Puts a new instance into its initial state.</summary>
    public IReadOnlyList<ScheduledTimer> Start(WorkflowDefinition definition, WorkflowInstance instance, WorkflowActor actor, TimeSpan workGrace)
    {
        var now = time.GetUtcNow();
        instance.Sequence = 1;
        instance.History.Add(new HistoryEntry(1, "", definition.InitialState, "start", actor.Kind, actor.Id, actor.Name, now));
        var entered = definition.Lineage(definition.InitialState).Reverse().ToList();
        return Enter(definition, instance, entered, transition: null, rescheduleAll: false, now, workGrace);
    }

    /// <summary>Fires <paramref name="command"/>; returns the timers newly scheduled (their documents are written first).</summary>
    public IReadOnlyList<ScheduledTimer> Fire(WorkflowDefinition definition, WorkflowInstance instance, FireCommand command, TimeSpan workGrace)
    {
        var now = time.GetUtcNow();
        var trigger = definition.Trigger(command.Trigger);
        Refuse(instance, command, trigger);
        if (trigger!.ReasonRequired && string.IsNullOrWhiteSpace(command.Reason))
        {
            throw new WorkflowInputException("reason", $"'{trigger.Label}' needs a reason.");
        }

        var guards = new GuardEvaluator(instance, command.Actor);
        var transition = Choose(definition, instance, command.Trigger, guards);
        var from = instance.State;
        var machine = Machine(definition, instance, guards);
        machine.Fire(command.Trigger);
        var to = instance.State;

        if (command.TimerDocumentId is { } timerDocument)
        {
            instance.Timers.RemoveAll(t => t.DocumentId == timerDocument);
        }

        instance.Sequence++;
        instance.History.Add(new HistoryEntry(
            instance.Sequence, from, to, command.Trigger, command.Actor.Kind, command.Actor.Id, command.Actor.Name, now, command.Reason?.Trim(), command.Data?.DeepClone().AsObject()));
        DataPaths.Merge(instance.Data, command.Data);

        var oldLineage = definition.Lineage(from).Select(s => s.Id).ToList();
        var newLineage = definition.Lineage(to).Select(s => s.Id).ToList();
        List<StateDefinition> entered;
        if (transition.To is null)
        {
            entered = [];
        }
        else if (transition.To == from)
        {
            Cancel(instance, t => t.State == from);
            entered = [definition.State(from)];
        }
        else
        {
            var exited = oldLineage.Except(newLineage).ToHashSet(StringComparer.Ordinal);
            Cancel(instance, t => exited.Contains(t.State));
            entered = definition.Lineage(to).Reverse().Where(s => !oldLineage.Contains(s.Id)).ToList();
            instance.StateEnteredAt = now;
        }

        if (transition.RescheduleTimers)
        {
            Cancel(instance, _ => true);
        }

        return Enter(definition, instance, entered, transition, transition.RescheduleTimers, now, workGrace);
    }

    /// <summary>Every trigger the state (and its parents) knows, as <paramref name="actor"/> could fire it now.</summary>
    public static IReadOnlyList<PermittedTrigger> Evaluate(WorkflowDefinition definition, WorkflowInstance instance, WorkflowActor actor)
    {
        var guards = new GuardEvaluator(instance, actor);
        var offered = new List<PermittedTrigger>();
        foreach (var id in definition.Lineage(instance.State).SelectMany(s => s.Transitions).Select(t => t.Trigger).Distinct(StringComparer.Ordinal))
        {
            var trigger = definition.Trigger(id)!;
            if (trigger.Kind != TriggerKind.Human)
            {
                continue;
            }

            var unmet = Candidates(definition, instance.State, id).Select(guards.Unmet).ToList();
            var permitted = !instance.Completed && instance.Pending.Count == 0 && unmet.Any(u => u.Count == 0);
            var reasons = instance.Pending.Count > 0 && unmet.Any(u => u.Count == 0) ? [StillWorking] : unmet.MinBy(u => u.Count) ?? [];
            offered.Add(new PermittedTrigger(id, trigger.Label, trigger.ReasonRequired, permitted, permitted ? [] : reasons));
        }

        return offered;
    }

    private static void Refuse(WorkflowInstance instance, FireCommand command, TriggerDefinition? trigger)
    {
        if (trigger is null)
        {
            throw new TriggerNotPermittedException(instance.Id, instance.State, command.Trigger, ["this workflow has no such trigger"]);
        }

        if (instance.Completed)
        {
            throw new TriggerNotPermittedException(instance.Id, instance.State, command.Trigger, ["the workflow has ended"]);
        }

        var expected = trigger.Kind switch
        {
            TriggerKind.Human => ActorKind.Human,
            TriggerKind.System => ActorKind.System,
            _ => ActorKind.Timer,
        };
        if (command.Actor.Kind != expected && !(trigger.Kind == TriggerKind.Timer && command.Actor.Kind == ActorKind.System))
        {
            throw new TriggerNotPermittedException(instance.Id, instance.State, command.Trigger, [$"'{trigger.Label}' is fired by {Who(trigger.Kind)}, not by {Who(command.Actor.Kind)}"]);
        }

        if (command.Actor.Kind == ActorKind.Human && instance.Pending.Count > 0)
        {
            throw new TriggerNotPermittedException(instance.Id, instance.State, command.Trigger, [StillWorking]);
        }
    }

    /// <summary>People act on what the automatic steps concluded, not before: a re-assessment, a licence being issued.</summary>
    internal const string StillWorking = "automatic steps of this case are still running (or wait for an administrator); try again shortly";

    private static string Who(TriggerKind kind) => kind switch { TriggerKind.Human => "a person", TriggerKind.System => "the system", _ => "a timer" };

    private static string Who(ActorKind kind) => kind switch { ActorKind.Human => "a person", ActorKind.System => "the system", _ => "a timer" };

    /// <summary>The transition Stateless will take, found the same way (innermost state first), with reasons when none.</summary>
    private static TransitionDefinition Choose(WorkflowDefinition definition, WorkflowInstance instance, string trigger, GuardEvaluator guards)
    {
        foreach (var state in definition.Lineage(instance.State))
        {
            var candidates = state.Transitions.Where(t => t.Trigger == trigger).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var open = candidates.Where(t => guards.Unmet(t).Count == 0).ToList();
            return open.Count switch
            {
                1 => open[0],
                0 => throw new TriggerNotPermittedException(instance.Id, instance.State, trigger, candidates.Select(guards.Unmet).MinBy(u => u.Count)!),
                _ => throw new InvalidOperationException($"Workflow {definition.Key}: {open.Count} transitions for '{trigger}' in state '{state.Id}' are open at once; their guards must exclude each other."),
            };
        }

        throw new TriggerNotPermittedException(instance.Id, instance.State, trigger, [$"nothing in state '{instance.State}' answers it"]);
    }

    private static List<TransitionDefinition> Candidates(WorkflowDefinition definition, string stateId, string trigger) =>
        definition.Lineage(stateId).Select(s => s.Transitions.Where(t => t.Trigger == trigger).ToList()).FirstOrDefault(list => list.Count > 0) ?? [];

    private static void Cancel(WorkflowInstance instance, Predicate<ScheduledTimer> which)
    {
        instance.CancelledTimers.AddRange(instance.Timers.Where(t => which(t)));
        instance.Timers.RemoveAll(which);
    }

    private static StateMachine<string, string> Machine(WorkflowDefinition definition, WorkflowInstance instance, GuardEvaluator guards)
    {
        var machine = new StateMachine<string, string>(() => instance.State, s => instance.State = s);
        foreach (var state in definition.States)
        {
            var configuration = machine.Configure(state.Id);
            if (state.Parent is { } parent)
            {
                configuration.SubstateOf(parent);
            }

            foreach (var transition in state.Transitions)
            {
                var checks = transition.Guards.Select(g => new Tuple<Func<bool>, string>(() => guards.Holds(g), GuardEvaluator.Describe(g))).ToArray();
                if (transition.To is null)
                {
                    configuration.InternalTransitionIf(transition.Trigger, _ => checks.All(c => c.Item1()), _ => { }, "guards");
                }
                else if (transition.To == state.Id)
                {
                    configuration.PermitReentryIf(transition.Trigger, checks.Length > 0 ? checks : [new(() => true, "always")]);
                }
                else
                {
                    configuration.PermitIf(transition.Trigger, transition.To, checks.Length > 0 ? checks : [new(() => true, "always")]);
                }
            }
        }

        return machine;
    }
}
