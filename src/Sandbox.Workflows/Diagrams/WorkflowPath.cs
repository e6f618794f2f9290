namespace Sandbox.Workflows.Diagrams;

/// <summary>The path an instance took: every step in order (repeats included), what it visited, and where it is.</summary>
/// <param name="Visits">How many times each state was entered (the initial state counts its start).</param>
/// <param name="Traversals">Each distinct move, in the order it was first made, with its count.</param>
public sealed record WorkflowPath(
    string CurrentState,
    bool Completed,
    IReadOnlyList<PathStep> Steps,
    IReadOnlyDictionary<string, int> Visits,
    IReadOnlyList<PathTraversal> Traversals)
{
    public bool Visited(string stateId) => Visits.ContainsKey(stateId);

    public int VisitsOf(string stateId) => Visits.GetValueOrDefault(stateId);
}
