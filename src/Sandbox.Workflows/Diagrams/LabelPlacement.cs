using static Sandbox.Workflows.Diagrams.DiagramMetrics;

namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// Puts each edge label beside its route, just past where the route leaves its drawn source (so it reads "from
/// here, on this trigger"), on the outer side of the curve. When that spot covers a state, a header, another label or
/// another route, it slides along its route or moves to the line's other side, whichever costs least: covering a
/// state or a label is all but ruled out, crossing a route costs a little more than sliding one line.
/// </summary>
internal sealed class LabelPlacement(IEnumerable<DiagramRect> obstacles, IReadOnlyDictionary<string, IReadOnlyList<DiagramPoint>> routes)
{
    private const int Tries = 10;
    private const double FirstLine = 13;
    private const double Clearance = 5;

    /// <summary>Room kept after each label for a renderer's count of how often the edge was taken (" ×2").</summary>
    private const double CountReserve = 18;
    private readonly List<DiagramRect> _taken = [.. obstacles];
    private readonly Dictionary<string, List<DiagramPoint>> _samples =
        routes.ToDictionary(r => r.Key, r => SvgPath.Samples(r.Value).ToList(), StringComparer.Ordinal);

    public (DiagramPoint Position, DiagramTextAnchor Anchor) Place(string id, IReadOnlyList<DiagramPoint> points, double width)
    {
        var direction = points[1].Y >= points[0].Y ? 1 : -1;
        (DiagramPoint Position, DiagramTextAnchor Anchor, DiagramRect Rect, int Cost)? best = null;
        for (var line = 0; line < Tries; line++)
        {
            var middle = points[0].Y + (direction * (FirstLine + (line * EdgeLabelLineHeight)));
            if (Along(points, middle) is not var (x, heading))
            {
                break;
            }

            var outer = heading < -0.5 ? DiagramTextAnchor.End : DiagramTextAnchor.Start;
            foreach (var anchor in new[] { outer, outer == DiagramTextAnchor.End ? DiagramTextAnchor.Start : DiagramTextAnchor.End })
            {
                var textX = anchor == DiagramTextAnchor.End ? x - Clearance : x + Clearance;
                var rect = new DiagramRect(anchor == DiagramTextAnchor.End ? textX - width - CountReserve : textX, middle - 7, width + CountReserve, 13);
                var cost = Cost(id, rect) + (3 * line) + (anchor == outer ? 0 : 1);
                if (best is null || cost < best.Value.Cost)
                {
                    best = (new DiagramPoint(textX, middle + 4), anchor, rect, cost);
                }
            }
        }

        if (best is not { } chosen)
        {
            return (points[0], DiagramTextAnchor.Start);
        }

        _taken.Add(chosen.Rect);
        return (chosen.Position, chosen.Anchor);
    }

    /// <summary>Covering a state or a label is all but ruled out; crossing another route costs a little more than sliding a line.</summary>
    private int Cost(string id, DiagramRect rect) =>
        (100 * _taken.Count(rect.Overlaps))
        + (4 * _samples.Count(s => s.Key != id && s.Value.Any(p => p.X > rect.X && p.X < rect.Right && p.Y > rect.Y && p.Y < rect.Bottom)));

    /// <summary>Where the route first crosses height <paramref name="y"/>, and which way it is heading there.</summary>
    private static (double X, double Heading)? Along(IReadOnlyList<DiagramPoint> points, double y)
    {
        for (var i = 1; i < points.Count; i++)
        {
            var (from, to) = (points[i - 1], points[i]);
            if (y >= Math.Min(from.Y, to.Y) && y <= Math.Max(from.Y, to.Y))
            {
                return (SvgPath.XAt(from, to, y), to.X - from.X);
            }
        }

        return null;
    }
}
