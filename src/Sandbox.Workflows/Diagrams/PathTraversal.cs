namespace Sandbox.Workflows.Diagrams;

/// <summary>A move the instance made, and how many times it made it.</summary>
public sealed record PathTraversal(string From, string To, string Trigger, int Count);
