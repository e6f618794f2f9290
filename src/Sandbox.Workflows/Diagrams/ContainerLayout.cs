namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// One level of the diagram: the top level or a superstate's inside. Its items (states, and whole boxes for nested
/// superstates) sit in layers by rank; an entry layer above them holds the points where routes come in through the
/// box's top, an exit layer below the points where they leave through its bottom; routes spanning layers get a bend
/// point in each layer they cross, so they pass between boxes rather than through them.
/// </summary>
internal sealed partial class ContainerLayout
{
    private readonly StateTree _tree;
    private readonly Dictionary<string, LayoutNode> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<RoutedEdge, LayoutNode> _entryPorts = [];
    private readonly Dictionary<RoutedEdge, LayoutNode> _exitPorts = [];
    private readonly Dictionary<RoutedEdge, List<LayoutNode>> _chains = [];
    private readonly List<List<LayoutNode>> _layers = [];

    public ContainerLayout(
        string id, StateTree tree, IReadOnlyDictionary<string, int> ranks, IReadOnlyList<RoutedEdge> edges,
        IReadOnlyDictionary<string, ContainerLayout> boxes, LabelDemand labels)
    {
        Id = id;
        _tree = tree;
        foreach (var item in ranks.Keys)
        {
            _items[item] = new LayoutNode
            {
                Kind = LayoutNodeKind.Item,
                ItemId = item,
                Box = boxes.GetValueOrDefault(item),
                Width = boxes.GetValueOrDefault(item)?.Width ?? 0,
                Height = boxes.GetValueOrDefault(item)?.Height ?? 0,
                Key = tree.ItemKey(item),
            };
        }

        var segments = Segments(edges).ToList();
        BuildLayers(ranks, segments);
        LayerOrdering.Order(_layers);
        AlignOwnPortsOfBoxes();
        SizeItems();
        LayerPlacement.Place(_layers);
        PlaceLayersVertically(labels);
        SizeBox();
    }

    public string Id { get; }

    public IReadOnlyList<IReadOnlyList<LayoutNode>> Layers => _layers;

    public IEnumerable<LayoutNode> Items => _items.Values;

    public LayoutNode Item(string id) => _items[id];

    public IReadOnlyList<LayoutNode>? ChainOf(RoutedEdge edge) => _chains.GetValueOrDefault(edge);

    public LayoutNode Port(RoutedEdge edge, bool top) => top ? _entryPorts[edge] : _exitPorts[edge];

    /// <summary>Where <paramref name="edge"/> meets this box's top or bottom, from the box's centre.</summary>
    public double PortOffset(RoutedEdge edge, bool top) =>
        (top ? _entryPorts : _exitPorts).TryGetValue(edge, out var port) ? ContentOffsetX + port.X - (Width / 2) : 0;

    private IEnumerable<(RoutedEdge Edge, LayoutNode Start, LayoutNode End)> Segments(IReadOnlyList<RoutedEdge> edges)
    {
        foreach (var edge in edges)
        {
            if (edge.Level == Id)
            {
                yield return edge.Shape switch
                {
                    RouteShape.IntoSubstate => (edge, PortFor(edge, top: true), ItemFor(edge.High)),
                    RouteShape.OutToSuperstate => (edge, ItemFor(edge.Low), PortFor(edge, top: false)),
                    _ => (edge, ItemFor(edge.Low), ItemFor(edge.High)),
                };
            }

            if (edge.ExitBoxes.Contains(Id))
            {
                var port = PortFor(edge, top: false);
                if (edge.Low != Id)
                {
                    yield return (edge, ItemFor(edge.Low), port);
                }
            }

            if (edge.EntryBoxes.Contains(Id))
            {
                var port = PortFor(edge, top: true);
                if (edge.High != Id)
                {
                    yield return (edge, port, ItemFor(edge.High));
                }
            }
        }
    }

    private LayoutNode ItemFor(string state) => _items[_tree.ItemAt(Id, state)];

    private LayoutNode PortFor(RoutedEdge edge, bool top)
    {
        var ports = top ? _entryPorts : _exitPorts;
        if (!ports.TryGetValue(edge, out var port))
        {
            var inner = top ? edge.High : edge.Low;
            var outer = top ? edge.Low : edge.High;
            ports[edge] = port = new LayoutNode
            {
                Kind = top ? LayoutNodeKind.EntryPort : LayoutNodeKind.ExitPort,
                Edge = edge,
                Key = inner != Id && _tree.IsInside(inner, Id) ? _tree.ItemKey(_tree.ItemAt(Id, inner)) : _tree.ItemKey(outer),
            };
        }

        return port;
    }

    private void BuildLayers(IReadOnlyDictionary<string, int> ranks, List<(RoutedEdge Edge, LayoutNode Start, LayoutNode End)> segments)
    {
        var first = _entryPorts.Count > 0 ? 1 : 0;
        var exit = first + (ranks.Count == 0 ? 0 : ranks.Values.Max() + 1);
        var count = exit + (_exitPorts.Count > 0 ? 1 : 0);
        for (var k = 0; k < count; k++)
        {
            _layers.Add([]);
        }

        foreach (var (item, rank) in ranks)
        {
            Add(_items[item], first + rank);
        }

        foreach (var port in _entryPorts.Values)
        {
            Add(port, 0);
        }

        foreach (var port in _exitPorts.Values)
        {
            Add(port, exit);
        }

        foreach (var (edge, start, end) in segments)
        {
            var chain = new List<LayoutNode> { start };
            for (var layer = start.Layer + 1; layer < end.Layer; layer++)
            {
                var bend = new LayoutNode { Kind = LayoutNodeKind.Dummy, Edge = edge, Key = start.Key + 0.5 };
                Add(bend, layer);
                chain.Add(bend);
            }

            chain.Add(end);
            for (var i = 1; i < chain.Count; i++)
            {
                var link = new LayoutLink(chain[i - 1], chain[i], edge);
                chain[i - 1].Down.Add(link);
                chain[i].Up.Add(link);
            }

            _chains[edge] = chain;
        }
    }

    private void Add(LayoutNode node, int layer)
    {
        node.Layer = layer;
        _layers[layer].Add(node);
    }
}
