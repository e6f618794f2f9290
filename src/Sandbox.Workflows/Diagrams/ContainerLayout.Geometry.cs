using static Sandbox.Workflows.Diagrams.DiagramMetrics;

namespace Sandbox.Workflows.Diagrams;

internal sealed partial class ContainerLayout
{
    private readonly List<double> _layerTop = [];
    private readonly List<double> _layerHeight = [];

    public bool IsRoot => Id == StateTree.Root;

    public double ContentWidth { get; private set; }

    public double ContentHeight { get; private set; }

    /// <summary>The superstate's whole box (the content plus padding and header); the content's size for the top level.</summary>
    public double Width { get; private set; }

    public double Height { get; private set; }

    public double HeaderHeight { get; private set; }

    public double ContentOffsetX { get; private set; }

    /// <summary>Where the box's bottom border is, once placed.</summary>
    public double AbsBottom { get; private set; }

    /// <summary>Gives every item its absolute position, and the boxes' insides theirs, from the content's top-left corner.</summary>
    public void PlaceAbsolutely(double frameX, double frameY)
    {
        AbsBottom = frameY + ContentHeight + (IsRoot ? 0 : BoxBottomPadding);
        for (var k = 0; k < _layers.Count; k++)
        {
            foreach (var node in _layers[k])
            {
                node.AbsX = frameX + node.X;
                node.AbsTop = frameY + _layerTop[k] + (node.Kind == LayoutNodeKind.Item ? (_layerHeight[k] - node.Height) / 2 : 0);
                node.AbsBottom = node.AbsTop + (node.Kind switch
                {
                    LayoutNodeKind.Item => node.Height,
                    LayoutNodeKind.Dummy => _layerHeight[k],
                    _ => 0,
                });
                node.Box?.PlaceAbsolutely(node.AbsX - (node.Width / 2) + node.Box.ContentOffsetX, node.AbsTop + node.Box.HeaderHeight);
            }
        }
    }

    /// <summary>Spreads the routes meeting each state evenly along its top and bottom, ordered by where they come from.</summary>
    public void SpreadPorts()
    {
        foreach (var node in _items.Values.Where(n => n.Box is null))
        {
            Spread(node, node.Up.Select(l => (l.Edge, Other: l.Upper)).ToList(), top: true);
            Spread(node, node.Down.Select(l => (l.Edge, Other: l.Lower)).ToList(), top: false);
        }
    }

    private static void Spread(LayoutNode node, List<(RoutedEdge Edge, LayoutNode Other)> links, bool top)
    {
        var ordered = links.OrderBy(l => l.Other.Box?.Port(l.Edge, !top).AbsX ?? l.Other.AbsX).ThenBy(l => l.Edge.Order).ToList();
        var left = node.AbsX - (node.Width / 2);
        for (var i = 0; i < ordered.Count; i++)
        {
            node.Ports[(ordered[i].Edge, top)] = left + (node.Width * (i + 1) / (ordered.Count + 1));
        }
    }

    /// <summary>
    /// Puts a box's own ports (routes that end at the box itself, not inside it) in the order of their other ends on
    /// this level, so they leave the box without crossing, spread along the whole side when no route passes through
    /// it; the box's inside does not change.
    /// </summary>
    private void AlignOwnPortsOfBoxes()
    {
        foreach (var item in _items.Values.Where(i => i.Box is not null))
        {
            item.Box!.AlignOwnPorts(top: true, item.Up.ToDictionary(l => l.Edge, l => LayerOrdering.Position(l.Upper, l.Edge, top: false)));
            item.Box.AlignOwnPorts(top: false, item.Down.ToDictionary(l => l.Edge, l => LayerOrdering.Position(l.Lower, l.Edge, top: true)));
        }
    }

    private void AlignOwnPorts(bool top, Dictionary<RoutedEdge, double> outside)
    {
        var ports = (top ? _entryPorts : _exitPorts).Values.ToList();
        var own = ports.Where(p => (top ? p.Down : p.Up).Count == 0 && outside.ContainsKey(p.Edge!)).ToList();
        var slots = own.Count == ports.Count
            ? Enumerable.Range(1, own.Count).Select(i => (Width * i / (own.Count + 1)) - ContentOffsetX).ToList()
            : own.Select(p => p.X).Order().ToList();
        var ordered = own.OrderBy(p => outside[p.Edge!]).ThenBy(p => p.Edge!.Order).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].X = slots[i];
        }
    }

    private void SizeItems()
    {
        foreach (var node in _items.Values)
        {
            if (node.Box is { } box)
            {
                (node.Width, node.Height) = (box.Width, box.Height);
            }
            else if (node.ItemId == StateTree.Start)
            {
                node.Width = node.Height = 2 * StartRadius;
            }
            else
            {
                (node.Width, node.Height) = NodeSizing.State(_tree.Definition, _tree.State(node.ItemId!), node.Up.Count, node.Down.Count);
            }
        }
    }

    private void PlaceLayersVertically(LabelDemand labels)
    {
        var y = _entryPorts.Count > 0 || IsRoot ? 0.0 : 10;
        for (var k = 0; k < _layers.Count; k++)
        {
            _layerTop.Add(y);
            _layerHeight.Add(_layers[k].Select(n => n.Height).DefaultIfEmpty(0).Max());
            y += _layerHeight[k] + (k < _layers.Count - 1 ? Gap(k, labels) : 0);
        }

        ContentHeight = y;
        ContentWidth = _layers.SelectMany(l => l).Select(n => n.X + (n.Width / 2)).DefaultIfEmpty(0).Max();
    }

    /// <summary>Room between layer <paramref name="k"/> and the next: for the labels stacked under and over it, and for the curves.</summary>
    private double Gap(int k, LabelDemand labels)
    {
        var below = _layers[k].Select(n => n.Kind switch
        {
            LayoutNodeKind.Item when n.ItemId != StateTree.Start => labels.Below(n.ItemId!),
            LayoutNodeKind.EntryPort => labels.UnderHeader(Id),
            _ => 0,
        }).DefaultIfEmpty(0).Max();
        var above = _layers[k + 1].Select(n => n.Kind == LayoutNodeKind.Item && n.ItemId != StateTree.Start ? labels.Above(n.ItemId!) : 0)
            .DefaultIfEmpty(0).Max();
        var minimum = _layers[k].Any(n => n.IsPort || n.ItemId == StateTree.Start) || _layers[k + 1].Any(n => n.IsPort) ? 26 : 48;
        return Math.Max(minimum, 16 + ((below + above) * EdgeLabelLineHeight) + 20);
    }

    private void SizeBox()
    {
        if (IsRoot)
        {
            (Width, Height) = (ContentWidth, ContentHeight);
            return;
        }

        var header = NodeSizing.Header(_tree.Definition, _tree.State(Id));
        HeaderHeight = header.Height;
        Width = Math.Ceiling(Math.Max(ContentWidth, header.Width) + (2 * BoxPadding));
        ContentOffsetX = (Width - ContentWidth) / 2;
        Height = HeaderHeight + ContentHeight + BoxBottomPadding;
    }
}
