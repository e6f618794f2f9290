namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// Something occupying a slot in one layer of a container: a state (or a superstate's whole box), a bend point of a
/// route crossing the layer, or the point where a route crosses the container's top or bottom border.
/// </summary>
internal sealed class LayoutNode
{
    public required LayoutNodeKind Kind { get; init; }

    public string? ItemId { get; init; }

    public RoutedEdge? Edge { get; init; }

    /// <summary>The superstate's own layout, when this item is a box.</summary>
    public ContainerLayout? Box { get; init; }

    public int Layer { get; set; }

    public int Order { get; set; }

    /// <summary>The centre, in the container's content frame.</summary>
    public double X { get; set; }

    public double Width { get; set; }

    public double Height { get; set; }

    public double Key { get; init; }

    /// <summary>Absolute position once the diagram is placed: the centre's x, the top and bottom (a bend's layer, a port's line).</summary>
    public double AbsX { get; set; }

    public double AbsTop { get; set; }

    public double AbsBottom { get; set; }

    /// <summary>Where each route meets a state's top or bottom, spread along the side in the order of their other ends.</summary>
    public Dictionary<(RoutedEdge Edge, bool Top), double> Ports { get; } = [];

    public List<LayoutLink> Up { get; } = [];

    public List<LayoutLink> Down { get; } = [];

    public bool IsPort => Kind is LayoutNodeKind.EntryPort or LayoutNodeKind.ExitPort;

    /// <summary>Half the free space this node wants on each side.</summary>
    public double Margin => Kind == LayoutNodeKind.Item ? 16 : 7;

    /// <summary>Keeps long routes straight: bends are heavier than states when a layer has to give.</summary>
    public double Weight => Kind == LayoutNodeKind.Dummy ? 2 : 1;

    /// <summary>How far from the centre <paramref name="edge"/> attaches (on the top or bottom); only boxes know before ports are spread.</summary>
    public double AttachOffset(RoutedEdge edge, bool top) => Box?.PortOffset(edge, top) ?? 0;
}
