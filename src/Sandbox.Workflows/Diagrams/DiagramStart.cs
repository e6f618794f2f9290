namespace Sandbox.Workflows.Diagrams;

/// <summary>The initial pseudo-state: a filled dot with an arrow to the initial state.</summary>
public sealed record DiagramStart(DiagramPoint Center, double Radius, IReadOnlyList<DiagramPoint> Points)
{
    public string PathData => SvgPath.Of(Points);
}
