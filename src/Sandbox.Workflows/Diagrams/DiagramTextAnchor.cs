namespace Sandbox.Workflows.Diagrams;

/// <summary>Which end of a label its position names, as SVG's <c>text-anchor</c>.</summary>
public enum DiagramTextAnchor
{
    Start,
    Middle,
    End,
}
