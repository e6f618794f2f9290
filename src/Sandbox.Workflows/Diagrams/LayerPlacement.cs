namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// Places the nodes of each layer horizontally, in their order and never closer than their widths and margins
/// allow: each pass pulls every node towards the average of where its links attach in the layer before (down and up
/// in turn, both at the end), solved exactly per layer as a weighted isotonic regression (pool adjacent violators).
/// </summary>
internal static class LayerPlacement
{
    private const int Passes = 12;

    public static void Place(IReadOnlyList<List<LayoutNode>> layers)
    {
        foreach (var layer in layers)
        {
            Pack(layer);
        }

        for (var pass = 0; pass < Passes; pass++)
        {
            var downwards = pass % 2 == 0;
            var both = pass == Passes - 1;
            IEnumerable<List<LayoutNode>> sequence = downwards ? layers : layers.Reverse();
            foreach (var layer in sequence)
            {
                Solve(layer, layer.Select(n => Desired(n, downwards, both)).ToList());
            }
        }

        var left = layers.SelectMany(l => l).Select(n => n.X - (n.Width / 2)).DefaultIfEmpty(0).Min();
        foreach (var node in layers.SelectMany(l => l))
        {
            node.X -= left;
        }
    }

    public static double Separation(LayoutNode left, LayoutNode right) =>
        (left.Width / 2) + left.Margin + right.Margin + (right.Width / 2);

    private static void Pack(List<LayoutNode> layer)
    {
        var x = 0.0;
        for (var i = 0; i < layer.Count; i++)
        {
            x += i == 0 ? 0 : Separation(layer[i - 1], layer[i]);
            layer[i].X = x;
        }

        var middle = x / 2;
        foreach (var node in layer)
        {
            node.X -= middle;
        }
    }

    private static double Desired(LayoutNode node, bool fromAbove, bool both)
    {
        var links = both ? node.Up.Concat(node.Down) : fromAbove ? node.Up : node.Down;
        var targets = links.Select(l => l.Upper == node
            ? l.Lower.X + l.Lower.AttachOffset(l.Edge, top: true) - node.AttachOffset(l.Edge, top: false)
            : l.Upper.X + l.Upper.AttachOffset(l.Edge, top: false) - node.AttachOffset(l.Edge, top: true)).ToList();
        return targets.Count > 0 ? targets.Average() : node.X;
    }

    /// <summary>Closest positions to <paramref name="desired"/> (least squares) that keep the order and the separations.</summary>
    private static void Solve(List<LayoutNode> layer, List<double> desired)
    {
        var offsets = new double[layer.Count];
        for (var i = 1; i < layer.Count; i++)
        {
            offsets[i] = offsets[i - 1] + Separation(layer[i - 1], layer[i]);
        }

        var blocks = new List<(double Weight, double Sum, int Count)>();
        for (var i = 0; i < layer.Count; i++)
        {
            var weight = layer[i].Weight;
            blocks.Add((weight, weight * (desired[i] - offsets[i]), 1));
            while (blocks.Count > 1 && blocks[^2].Sum / blocks[^2].Weight > blocks[^1].Sum / blocks[^1].Weight)
            {
                var (last, previous) = (blocks[^1], blocks[^2]);
                blocks.RemoveAt(blocks.Count - 1);
                blocks[^1] = (previous.Weight + last.Weight, previous.Sum + last.Sum, previous.Count + last.Count);
            }
        }

        var index = 0;
        foreach (var (weight, sum, count) in blocks)
        {
            for (var j = 0; j < count; j++, index++)
            {
                layer[index].X = (sum / weight) + offsets[index];
            }
        }
    }
}
