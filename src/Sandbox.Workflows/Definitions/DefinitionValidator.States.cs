namespace Sandbox.Workflows.Definitions;

internal sealed partial class DefinitionValidator
{
    private void CheckState(string at, StateDefinition state, HashSet<string> clocks)
    {
        if (state.Final && (state.Transitions.Count > 0 || state.Timers.Count > 0 || state.Tasks.Count > 0 || state.Next is not null))
        {
            Add(at, $"final state '{state.Id}' cannot have transitions, timers, tasks or a next trigger");
        }

        CheckActivities($"{at}.onEntry", state.OnEntry);
        if (state.Next is { } next)
        {
            CheckTrigger($"{at}.next", next, TriggerKind.System);
            if (!state.Transitions.Any(t => t.Trigger == next) && !Ancestors(state).Any(a => a.Transitions.Any(t => t.Trigger == next)))
            {
                Add($"{at}.next", $"state '{state.Id}' has no transition for its next trigger '{next}'");
            }
        }

        for (var i = 0; i < state.Timers.Count; i++)
        {
            CheckTimer($"{at}.timers[{i}]", state, state.Timers[i], clocks);
        }

        if (state.Sla?.Budget is { } budget && (!Durations.TryParse(budget, out var span) || span <= TimeSpan.Zero))
        {
            Add($"{at}.sla.budget", $"'{budget}' is not a positive ISO 8601 duration");
        }

        for (var i = 0; i < state.PauseClocks.Count; i++)
        {
            if (!clocks.Contains(state.PauseClocks[i]))
            {
                Add($"{at}.pauseClocks[{i}]", $"no state starts clock '{state.PauseClocks[i]}'");
            }
        }

        for (var i = 0; i < state.Tasks.Count; i++)
        {
            for (var j = 0; j < state.Tasks[i].Actions.Count; j++)
            {
                CheckTrigger($"{at}.tasks[{i}].actions[{j}]", state.Tasks[i].Actions[j], TriggerKind.Human);
            }
        }

        if (state.Tasks.Select(t => t.Id).Distinct().Count() != state.Tasks.Count)
        {
            Add($"{at}.tasks", "task ids must be unique in a state");
        }

        for (var i = 0; i < state.Transitions.Count; i++)
        {
            CheckTransition($"{at}.transitions[{i}]", state, state.Transitions[i]);
        }
    }

    private void CheckTimer(string at, StateDefinition state, TimerDefinition timer, HashSet<string> clocks)
    {
        CheckTrigger($"{at}.trigger", timer.Trigger, TriggerKind.Timer);
        if (!state.Transitions.Any(t => t.Trigger == timer.Trigger) && !Ancestors(state).Any(a => a.Transitions.Any(t => t.Trigger == timer.Trigger)))
        {
            Add($"{at}.trigger", $"state '{state.Id}' has no transition for its timer's trigger '{timer.Trigger}'");
        }

        if (timer.After is { } after && (!Durations.TryParse(after, out var span) || span < TimeSpan.Zero))
        {
            Add($"{at}.after", $"'{after}' is not a non-negative ISO 8601 duration");
        }

        if (timer.At?.Offset is { } offset && !Durations.TryParse(offset, out _))
        {
            Add($"{at}.at.offset", $"'{offset}' is not an ISO 8601 duration");
        }

        if (timer.At?.Clock is { } clock && !clocks.Contains(clock))
        {
            Add($"{at}.at.clock", $"no state starts clock '{clock}'");
        }

        if (state.Timers.Count(t => t.Id == timer.Id) > 1)
        {
            Add($"{at}.id", $"timer '{timer.Id}' is defined twice in state '{state.Id}'");
        }
    }

    private void CheckTransition(string at, StateDefinition state, TransitionDefinition transition)
    {
        var trigger = CheckTrigger($"{at}.trigger", transition.Trigger, kind: null);
        if (transition.To is { } to && !_states.ContainsKey(to))
        {
            Add($"{at}.to", $"state '{to}' is not defined");
        }

        if (trigger?.Kind == TriggerKind.Human && !transition.Guards.Any(g => g.Role is not null || g.ApplicantOrganization == true))
        {
            Add($"{at}.guards", $"a person's trigger '{transition.Trigger}' needs a role or applicantOrganization guard (least privilege)");
        }

        var siblings = state.Transitions.Count(t => t.Trigger == transition.Trigger);
        if (siblings > 1 && transition.Guards.Count == 0)
        {
            Add($"{at}.guards", $"state '{state.Id}' has {siblings} transitions for '{transition.Trigger}': each needs guards that tell them apart");
        }

        for (var i = 0; i < transition.Guards.Count; i++)
        {
            CheckGuard($"{at}.guards[{i}]", transition.Guards[i]);
        }

        CheckActivities($"{at}.activities", transition.Activities);
    }

    private void CheckGuard(string at, GuardDefinition guard)
    {
        foreach (var (name, count) in new[] { ("distinctActors", guard.DistinctActors), ("approvalsAtLeast", guard.ApprovalsAtLeast), ("firedFewerThan", guard.FiredFewerThan) })
        {
            if (count is null)
            {
                continue;
            }

            for (var i = 0; i < count.Triggers.Count; i++)
            {
                CheckTrigger($"{at}.{name}.triggers[{i}]", count.Triggers[i], kind: null);
            }

            if (count.Since is { } since && !_states.ContainsKey(since))
            {
                Add($"{at}.{name}.since", $"state '{since}' is not defined");
            }
        }
    }

    private void CheckActivities(string at, IReadOnlyList<ActivityInvocation> invocations)
    {
        for (var i = 0; i < invocations.Count; i++)
        {
            var invocation = invocations[i];
            if (!activities.TryGetValue(invocation.Activity, out var activity))
            {
                Add($"{at}[{i}].activity", $"no activity named '{invocation.Activity}' is registered (known: {string.Join(", ", activities.Keys.Order(StringComparer.Ordinal))})");
                continue;
            }

            foreach (var problem in activity.CheckParameters(invocation.Parameters))
            {
                Add($"{at}[{i}].parameters", problem);
            }
        }
    }

    private TriggerDefinition? CheckTrigger(string at, string id, TriggerKind? kind)
    {
        if (!_triggers.TryGetValue(id, out var trigger))
        {
            Add(at, $"trigger '{id}' is not defined");
            return null;
        }

        if (kind is { } expected && trigger.Kind != expected)
        {
            Add(at, $"trigger '{id}' is a {trigger.Kind.ToString().ToLowerInvariant()} trigger; a {expected.ToString().ToLowerInvariant()} trigger is needed here");
        }

        return trigger;
    }

    private IEnumerable<StateDefinition> Ancestors(StateDefinition state)
    {
        var seen = new HashSet<string>();
        for (var parent = state.Parent; parent is not null && _states.TryGetValue(parent, out var index) && seen.Add(parent); parent = definition.States[index].Parent)
        {
            yield return definition.States[index];
        }
    }
}
