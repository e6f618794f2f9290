namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// Orders the nodes inside each layer to reduce crossings: discovery order first, then barycenter sweeps down and up,
/// keeping the order with the fewest crossings seen. Ties keep the current order, so the result is deterministic.
/// </summary>
internal static class LayerOrdering
{
    private const int Sweeps = 6;

    public static void Order(IReadOnlyList<List<LayoutNode>> layers)
    {
        foreach (var layer in layers)
        {
            layer.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : (a.Edge?.Order ?? -1).CompareTo(b.Edge?.Order ?? -1));
            Renumber(layer);
        }

        var best = Snapshot(layers);
        var fewest = Crossings(layers);
        for (var sweep = 0; sweep < Sweeps && fewest > 0; sweep++)
        {
            for (var k = 1; k < layers.Count; k++)
            {
                Reorder(layers[k], node => node.Up.Select(l => Position(l.Upper, l.Edge, top: false)));
            }

            for (var k = layers.Count - 2; k >= 0; k--)
            {
                Reorder(layers[k], node => node.Down.Select(l => Position(l.Lower, l.Edge, top: true)));
            }

            var crossings = Crossings(layers);
            if (crossings < fewest)
            {
                (fewest, best) = (crossings, Snapshot(layers));
            }
        }

        foreach (var layer in layers)
        {
            layer.Sort((a, b) => best[a].CompareTo(best[b]));
            Renumber(layer);
        }
    }

    /// <summary>Where a link meets <paramref name="node"/>, in slots: a box's ports sit left or right of its centre.</summary>
    public static double Position(LayoutNode node, RoutedEdge edge, bool top) =>
        node.Order + (node.Box is null || node.Width <= 0 ? 0 : Math.Clamp(node.AttachOffset(edge, top) / node.Width, -0.45, 0.45));

    public static int Crossings(IReadOnlyList<List<LayoutNode>> layers)
    {
        var crossings = 0;
        foreach (var layer in layers)
        {
            var links = layer.SelectMany(n => n.Down)
                .Select(l => (Upper: Position(l.Upper, l.Edge, top: false), Lower: Position(l.Lower, l.Edge, top: true))).ToList();
            for (var i = 0; i < links.Count; i++)
            {
                for (var j = i + 1; j < links.Count; j++)
                {
                    if ((links[i].Upper - links[j].Upper) * (links[i].Lower - links[j].Lower) < 0)
                    {
                        crossings++;
                    }
                }
            }
        }

        return crossings;
    }

    private static void Reorder(List<LayoutNode> layer, Func<LayoutNode, IEnumerable<double>> neighbours)
    {
        var barycenters = layer.ToDictionary(n => n, n => neighbours(n).DefaultIfEmpty(n.Order).Average());
        var reordered = layer.OrderBy(n => barycenters[n]).ThenBy(n => n.Order).ToList();
        layer.Clear();
        layer.AddRange(reordered);
        Renumber(layer);
    }

    private static void Renumber(List<LayoutNode> layer)
    {
        for (var i = 0; i < layer.Count; i++)
        {
            layer[i].Order = i;
        }
    }

    private static Dictionary<LayoutNode, int> Snapshot(IReadOnlyList<List<LayoutNode>> layers) =>
        layers.SelectMany(l => l).ToDictionary(n => n, n => n.Order);
}
