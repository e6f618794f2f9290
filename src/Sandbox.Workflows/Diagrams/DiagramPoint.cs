namespace Sandbox.Workflows.Diagrams;

/// <summary>A point in diagram units (one unit is one CSS pixel at natural size); y grows downwards.</summary>
public readonly record struct DiagramPoint(double X, double Y);
