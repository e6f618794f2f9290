namespace Sandbox.Workflows.Diagrams;

/// <summary>An axis-aligned rectangle, for keeping labels off states and off each other.</summary>
internal readonly record struct DiagramRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public bool Overlaps(DiagramRect other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}
