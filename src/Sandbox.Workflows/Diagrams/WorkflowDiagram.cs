namespace Sandbox.Workflows.Diagrams;

/// <summary>A definition laid out for drawing (see <see cref="WorkflowDiagramLayout"/>): states, transitions and the start arrow.</summary>
/// <param name="Nodes">Every state once, in declaration order; superstates are boxes enclosing their substates.</param>
/// <param name="Edges">Every transition once, in declaration order (state by state).</param>
public sealed record WorkflowDiagram(
    string DefinitionKey,
    string Title,
    double Width,
    double Height,
    IReadOnlyList<DiagramNode> Nodes,
    IReadOnlyList<DiagramEdge> Edges,
    DiagramStart Start)
{
    public DiagramNode Node(string stateId) =>
        Nodes.FirstOrDefault(n => n.Id == stateId) ?? throw new KeyNotFoundException($"The diagram of {DefinitionKey} has no state '{stateId}'.");

    /// <summary>The state and the superstates enclosing it, innermost first; empty for a state the diagram does not know.</summary>
    public IReadOnlyList<DiagramNode> Lineage(string stateId)
    {
        var lineage = new List<DiagramNode>();
        for (var node = Nodes.FirstOrDefault(n => n.Id == stateId); node is not null && lineage.Count <= Nodes.Count;
             node = node.ParentId is null ? null : Nodes.FirstOrDefault(n => n.Id == node.ParentId))
        {
            lineage.Add(node);
        }

        return lineage;
    }

    /// <summary>
    /// The transition a step took: one for its trigger declared on the state it left or on the nearest superstate of
    /// it, leading where the step went (or, for a step that stayed, an internal transition). None for the start, or
    /// for history that does not fit this definition.
    /// </summary>
    public DiagramEdge? EdgeOf(PathStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.From is not { } from)
        {
            return null;
        }

        foreach (var state in Lineage(from))
        {
            var candidates = Edges.Where(e => e.From == state.Id && e.TriggerId == step.Trigger).ToList();
            var edge = candidates.FirstOrDefault(e => !e.IsInternal && e.To == step.To)
                ?? (step.StaysInState ? candidates.FirstOrDefault(e => e.IsInternal) : null);
            if (edge is not null)
            {
                return edge;
            }
        }

        return null;
    }

    /// <summary>How many times the path took each transition, by edge id.</summary>
    public IReadOnlyDictionary<string, int> TimesTaken(WorkflowPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var edge in path.Steps.Select(EdgeOf).OfType<DiagramEdge>())
        {
            taken[edge.Id] = taken.GetValueOrDefault(edge.Id) + 1;
        }

        return taken;
    }
}
