namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// How many edge labels start at each side of each state, so the gaps between layers are tall enough to stack them.
/// A label sits by its drawn source: below a state for a forward edge, above it for a back edge, and below a
/// superstate's header for an edge into its own substate.
/// </summary>
internal sealed class LabelDemand
{
    private readonly Dictionary<(string State, bool Top), int> _sides = [];
    private readonly Dictionary<string, int> _headers = new(StringComparer.Ordinal);

    public LabelDemand(IEnumerable<RoutedEdge> edges)
    {
        foreach (var edge in edges.Where(e => e.HasLabel))
        {
            if (edge.Shape == RouteShape.IntoSubstate)
            {
                _headers[edge.From] = _headers.GetValueOrDefault(edge.From) + 1;
            }
            else
            {
                var side = (edge.From, edge.Reversed);
                _sides[side] = _sides.GetValueOrDefault(side) + 1;
            }
        }
    }

    public int Below(string state) => _sides.GetValueOrDefault((state, false));

    public int Above(string state) => _sides.GetValueOrDefault((state, true));

    public int UnderHeader(string superstate) => _headers.GetValueOrDefault(superstate);
}
