using Sandbox.Workflows.Definitions;

namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// The definition's states as a tree of containers: the top level (<see cref="Root"/>) and every superstate. Also
/// each state's discovery key, a depth-first preorder from the initial state, which seeds every ordering decision so
/// the layout reads in the order the workflow runs and comes out the same each time.
/// </summary>
internal sealed class StateTree
{
    public const string Root = "";

    /// <summary>The initial pseudo-state: an item of the top level only, never a state.</summary>
    public const string Start = "\u0000start";

    private readonly Dictionary<string, StateDefinition> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal) { [Root] = [] };
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _itemKeys = new(StringComparer.Ordinal);

    public StateTree(WorkflowDefinition definition)
    {
        Definition = definition;
        foreach (var state in definition.States)
        {
            if (string.IsNullOrEmpty(state.Id) || !_states.TryAdd(state.Id, state))
            {
                throw new ArgumentException($"Workflow {definition.Key} has an empty or repeated state id '{state.Id}'.", nameof(definition));
            }
        }

        foreach (var state in definition.States)
        {
            var parent = state.Parent ?? Root;
            if (parent != Root && !_states.ContainsKey(parent))
            {
                throw new ArgumentException($"State '{state.Id}' of {definition.Key} names an unknown parent '{parent}'.", nameof(definition));
            }

            if (!_children.TryGetValue(parent, out var siblings))
            {
                _children[parent] = siblings = [];
            }

            siblings.Add(state.Id);
            foreach (var transition in state.Transitions.Where(t => t.To is not null && !_states.ContainsKey(t.To)))
            {
                throw new ArgumentException($"State '{state.Id}' of {definition.Key} has a transition to an unknown state '{transition.To}'.", nameof(definition));
            }
        }

        if (!_states.ContainsKey(definition.InitialState))
        {
            throw new ArgumentException($"Workflow {definition.Key} starts in an unknown state '{definition.InitialState}'.", nameof(definition));
        }

        foreach (var state in definition.States.Where(s => AncestorsOrSelf(s.Id).Count() > definition.States.Count))
        {
            throw new ArgumentException($"State '{state.Id}' of {definition.Key} is its own superstate.", nameof(definition));
        }

        AssignKeys();
    }

    public WorkflowDefinition Definition { get; }

    public StateDefinition State(string id) => _states[id];

    public bool IsSuperstate(string id) => id != Root && _children.ContainsKey(id);

    public string ContainerOf(string id) => id == Start ? Root : _states[id].Parent ?? Root;

    public IReadOnlyList<string> Children(string container) => _children.TryGetValue(container, out var children) ? children : [];

    /// <summary>Every container, deepest first, so each superstate is laid out before the level holding it.</summary>
    public IReadOnlyList<string> ContainersDeepestFirst() =>
        [.. _children.Keys.OrderByDescending(Depth).ThenBy(c => c == Root ? -1 : ItemKey(c))];

    /// <summary>The state and its superstates, innermost first (without <see cref="Root"/>).</summary>
    public IEnumerable<string> AncestorsOrSelf(string id)
    {
        var guard = 0;
        for (var current = id; current != Root && guard++ <= _states.Count; current = ContainerOf(current))
        {
            yield return current;
        }
    }

    public int Depth(string id) => id == Root ? -1 : AncestorsOrSelf(id).Count() - 1;

    /// <summary>Whether <paramref name="id"/> lies strictly inside <paramref name="container"/>.</summary>
    public bool IsInside(string id, string container) =>
        id != container && (container == Root || AncestorsOrSelf(id).Skip(1).Contains(container, StringComparer.Ordinal));

    /// <summary>What stands for <paramref name="id"/> on <paramref name="container"/>'s level: itself or the superstate holding it.</summary>
    public string ItemAt(string container, string id) =>
        id == Start ? Start : AncestorsOrSelf(id).First(a => ContainerOf(a) == container);

    /// <summary>The deepest container holding both states strictly inside it.</summary>
    public string CommonContainer(string a, string b) =>
        AncestorsOrSelf(a).Skip(1).FirstOrDefault(c => IsInside(b, c)) ?? Root;

    /// <summary>The superstates a route passes on its way from <paramref name="id"/> out to <paramref name="level"/>, innermost first.</summary>
    public IEnumerable<string> BoxesBetween(string id, string level) =>
        id == Start ? [] : AncestorsOrSelf(id).TakeWhile(a => a != level).Where(IsSuperstate);

    /// <summary>The state's place in a depth-first walk from the initial state (unreachable states after, in declaration order).</summary>
    public int Key(string id) => id == Start ? -1 : _keys[id];

    /// <summary>The smallest key inside an item: a superstate sorts where its first-reached substate (or itself) does.</summary>
    public int ItemKey(string id) => id == Start ? -1 : _itemKeys[id];

    private void AssignKeys()
    {
        Visit(Definition.InitialState);
        foreach (var state in Definition.States)
        {
            Visit(state.Id);
        }

        foreach (var state in Definition.States)
        {
            foreach (var ancestor in AncestorsOrSelf(state.Id))
            {
                _itemKeys[ancestor] = Math.Min(_itemKeys.GetValueOrDefault(ancestor, int.MaxValue), _keys[state.Id]);
            }
        }
    }

    private void Visit(string id)
    {
        if (!_keys.TryAdd(id, _keys.Count))
        {
            return;
        }

        foreach (var source in AncestorsOrSelf(id).ToList())
        {
            foreach (var transition in _states[source].Transitions)
            {
                if (transition.To is { } to)
                {
                    Visit(to);
                }
            }
        }
    }
}
