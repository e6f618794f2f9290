namespace Sandbox.Workflows.Diagrams;

/// <summary>One piece of a route between two adjacent layers.</summary>
internal sealed record LayoutLink(LayoutNode Upper, LayoutNode Lower, RoutedEdge Edge);
