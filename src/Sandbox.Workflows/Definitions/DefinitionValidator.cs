namespace Sandbox.Workflows.Definitions;

/// <summary>What the JSON Schema cannot say: references between states, triggers, clocks and activities.</summary>
internal sealed partial class DefinitionValidator(string file, WorkflowDefinition definition, IReadOnlyDictionary<string, Runtime.IWorkflowActivity> activities)
{
    private readonly List<DefinitionProblem> _problems = [];
    private readonly Dictionary<string, int> _states = [];
    private readonly Dictionary<string, TriggerDefinition> _triggers = [];

    public IReadOnlyList<DefinitionProblem> Validate()
    {
        IndexTriggers();
        IndexStates();
        if (!_states.ContainsKey(definition.InitialState))
        {
            Add("initialState", $"state '{definition.InitialState}' is not defined");
        }

        var clocks = definition.States.Where(s => s.Sla is not null).Select(s => s.Sla!.Clock).ToHashSet();
        for (var i = 0; i < definition.States.Count; i++)
        {
            CheckState($"states[{i}]", definition.States[i], clocks);
        }

        CheckReachable();
        return _problems;
    }

    private void IndexTriggers()
    {
        for (var i = 0; i < definition.Triggers.Count; i++)
        {
            if (!_triggers.TryAdd(definition.Triggers[i].Id, definition.Triggers[i]))
            {
                Add($"triggers[{i}].id", $"trigger '{definition.Triggers[i].Id}' is defined twice");
            }
        }
    }

    private void IndexStates()
    {
        for (var i = 0; i < definition.States.Count; i++)
        {
            if (!_states.TryAdd(definition.States[i].Id, i))
            {
                Add($"states[{i}].id", $"state '{definition.States[i].Id}' is defined twice");
            }
        }

        for (var i = 0; i < definition.States.Count; i++)
        {
            var state = definition.States[i];
            if (state.Parent is null)
            {
                continue;
            }

            if (!_states.ContainsKey(state.Parent))
            {
                Add($"states[{i}].parent", $"state '{state.Parent}' is not defined");
            }
            else if (HasParentCycle(state))
            {
                Add($"states[{i}].parent", $"state '{state.Id}' is its own ancestor");
            }
        }
    }

    private bool HasParentCycle(StateDefinition state)
    {
        var seen = new HashSet<string> { state.Id };
        for (var parent = state.Parent; parent is not null && _states.TryGetValue(parent, out var index); parent = definition.States[index].Parent)
        {
            if (!seen.Add(parent))
            {
                return true;
            }
        }

        return false;
    }

    private void CheckReachable()
    {
        if (!_states.ContainsKey(definition.InitialState))
        {
            return;
        }

        var reached = new HashSet<string>();
        var pending = new Stack<string>([definition.InitialState]);
        while (pending.TryPop(out var id))
        {
            if (!reached.Add(id) || !_states.TryGetValue(id, out var index))
            {
                continue;
            }

            var state = definition.States[index];
            // A substate's parent counts as reached: its transitions apply while in the substate.
            foreach (var target in state.Transitions.Select(t => t.To).OfType<string>().Append(state.Parent).OfType<string>())
            {
                pending.Push(target);
            }

        }

        for (var i = 0; i < definition.States.Count; i++)
        {
            var state = definition.States[i];
            var isAbstractParent = definition.States.Any(s => s.Parent == state.Id);
            if (!reached.Contains(state.Id) && !isAbstractParent)
            {
                Add($"states[{i}]", $"state '{state.Id}' cannot be reached from '{definition.InitialState}'");
            }
        }
    }

    private void Add(string path, string message) => _problems.Add(new DefinitionProblem(file, path, message));
}
