namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// One state: a rounded box at (<see cref="X"/>, <see cref="Y"/>), its top-left corner. A superstate's box encloses
/// its substates, under a header holding its label.
/// </summary>
/// <param name="LabelLines">The label as drawn: wrapped onto at most two lines, one <see cref="LabelLineHeight"/> apart.</param>
/// <param name="LabelPosition">The first line's baseline point: centred in a state, at the header's left in a superstate.</param>
/// <param name="Depth">How many superstates enclose it: 0 at the top level.</param>
public sealed record DiagramNode(
    string Id,
    string Label,
    IReadOnlyList<string> LabelLines,
    double X,
    double Y,
    double Width,
    double Height,
    bool Final,
    bool Initial,
    string? ParentId,
    bool IsSuperstate,
    int Depth,
    DiagramPoint LabelPosition,
    DiagramTextAnchor LabelAnchor)
{
    public const double LabelLineHeight = DiagramMetrics.LabelLineHeight;

    public double Right => X + Width;

    public double Bottom => Y + Height;

    public DiagramPoint Center => new(X + (Width / 2), Y + (Height / 2));

    public bool Contains(DiagramPoint point, double tolerance = 0.01) =>
        point.X >= X - tolerance && point.X <= Right + tolerance && point.Y >= Y - tolerance && point.Y <= Bottom + tolerance;

    public bool Overlaps(DiagramNode other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}
