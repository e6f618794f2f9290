using System.Globalization;
using System.Text;

namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// Route points as SVG path data: a straight line where x does not change (through a layer, across a box's header),
/// otherwise a cubic S-curve with vertical tangents at both ends, so edges leave and enter boxes straight.
/// </summary>
internal static class SvgPath
{
    public static string Of(IReadOnlyList<DiagramPoint> points)
    {
        if (points.Count == 0)
        {
            return "";
        }

        var data = new StringBuilder().Append('M').Append(Format(points[0]));
        for (var i = 1; i < points.Count; i++)
        {
            var (from, to) = (points[i - 1], points[i]);
            if (IsStraight(from, to))
            {
                data.Append(" L").Append(Format(to));
            }
            else
            {
                var middle = (from.Y + to.Y) / 2;
                data.Append(" C").Append(Format(new(from.X, middle))).Append(' ')
                    .Append(Format(new(to.X, middle))).Append(' ').Append(Format(to));
            }
        }

        return data.ToString();
    }

    public static bool IsStraight(DiagramPoint from, DiagramPoint to) => Math.Abs(from.X - to.X) < 0.5;

    /// <summary>Where the piece from <paramref name="from"/> to <paramref name="to"/> crosses height <paramref name="y"/>.</summary>
    public static double XAt(DiagramPoint from, DiagramPoint to, double y)
    {
        if (IsStraight(from, to) || Math.Abs(to.Y - from.Y) < 0.01)
        {
            return from.X;
        }

        // y(t) = y0 + dy (1.5 t (1 - t) + t³) rises monotonically; x(t) = x0 + dx (3t² - 2t³).
        var target = Math.Clamp((y - from.Y) / (to.Y - from.Y), 0, 1);
        double low = 0, high = 1;
        for (var step = 0; step < 40; step++)
        {
            var t = (low + high) / 2;
            if ((1.5 * t * (1 - t)) + (t * t * t) < target)
            {
                low = t;
            }
            else
            {
                high = t;
            }
        }

        var s = (low + high) / 2;
        return from.X + ((to.X - from.X) * ((3 * s * s) - (2 * s * s * s)));
    }

    /// <summary>The point at parameter <paramref name="t"/> (0 to 1) of the piece, as drawn.</summary>
    public static DiagramPoint PointAt(DiagramPoint from, DiagramPoint to, double t) => IsStraight(from, to)
        ? new(from.X, from.Y + ((to.Y - from.Y) * t))
        : new(from.X + ((to.X - from.X) * ((3 * t * t) - (2 * t * t * t))), from.Y + ((to.Y - from.Y) * ((1.5 * t * (1 - t)) + (t * t * t))));

    /// <summary>Points along the whole route, a few per piece, for checking what it passes through.</summary>
    public static IEnumerable<DiagramPoint> Samples(IReadOnlyList<DiagramPoint> points, int perPiece = 12)
    {
        for (var i = 1; i < points.Count; i++)
        {
            for (var step = 0; step <= perPiece; step++)
            {
                yield return PointAt(points[i - 1], points[i], (double)step / perPiece);
            }
        }
    }

    private static string Format(DiagramPoint point) =>
        point.X.ToString("0.#", CultureInfo.InvariantCulture) + "," + point.Y.ToString("0.#", CultureInfo.InvariantCulture);
}
