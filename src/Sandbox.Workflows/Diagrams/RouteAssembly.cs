namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// Joins a route's pieces on every level it crosses, in routing order: out of the boxes around its low end
/// (innermost first), across the level where its ends meet, into the boxes around its high end.
/// </summary>
internal static class RouteAssembly
{
    public static void Assemble(RoutedEdge edge, IReadOnlyDictionary<string, ContainerLayout> layouts)
    {
        edge.Route.Clear();
        foreach (var container in edge.ExitBoxes.Append(edge.Level).Concat(edge.EntryBoxes))
        {
            if (layouts[container].ChainOf(edge) is { } chain)
            {
                Append(edge, chain, layouts[container]);
            }
        }
    }

    private static void Append(RoutedEdge edge, IReadOnlyList<LayoutNode> chain, ContainerLayout container)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            var node = chain[i];
            if (i == 0)
            {
                Add(edge, Leaving(node, edge));
            }
            else if (i == chain.Count - 1)
            {
                // A route out to its own enclosing superstate ends on that box's bottom border, from inside.
                Add(edge, edge.Shape == RouteShape.OutToSuperstate && container.Id == edge.To
                    ? new DiagramPoint(node.AbsX, container.AbsBottom)
                    : Arriving(node, edge));
            }
            else
            {
                Add(edge, new DiagramPoint(node.AbsX, node.AbsTop));
                Add(edge, new DiagramPoint(node.AbsX, node.AbsBottom));
            }
        }
    }

    private static DiagramPoint Leaving(LayoutNode node, RoutedEdge edge) => node switch
    {
        { Kind: LayoutNodeKind.Item, Box: { } box } => new(box.Port(edge, top: false).AbsX, node.AbsBottom),
        { Kind: LayoutNodeKind.Item } => new(node.Ports.GetValueOrDefault((edge, false), node.AbsX), node.AbsBottom),
        _ => new(node.AbsX, node.AbsTop),
    };

    private static DiagramPoint Arriving(LayoutNode node, RoutedEdge edge) => node switch
    {
        { Kind: LayoutNodeKind.Item, Box: { } box } => new(box.Port(edge, top: true).AbsX, node.AbsTop),
        { Kind: LayoutNodeKind.Item } => new(node.Ports.GetValueOrDefault((edge, true), node.AbsX), node.AbsTop),
        _ => new(node.AbsX, node.AbsTop),
    };

    private static void Add(RoutedEdge edge, DiagramPoint point)
    {
        if (edge.Route.Count == 0 || Math.Abs(edge.Route[^1].X - point.X) > 0.01 || Math.Abs(edge.Route[^1].Y - point.Y) > 0.01)
        {
            edge.Route.Add(point);
        }
    }
}
