namespace Sandbox.Workflows.Definitions;

/// <summary>One version of a workflow, as read from <c>workflows/&lt;id&gt;.v&lt;version&gt;.json</c>.</summary>
public sealed record WorkflowDefinition
{
    public required string Id { get; init; }

    public required int Version { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required string InitialState { get; init; }

    public IReadOnlyList<TriggerDefinition> Triggers { get; init; } = [];

    public IReadOnlyList<StateDefinition> States { get; init; } = [];

    /// <summary><c>id@version</c>: what instances are pinned to.</summary>
    public string Key => KeyOf(Id, Version);

    public static string KeyOf(string id, int version) => $"{id}@{version}";

    public StateDefinition State(string id) =>
        States.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"Workflow {Key} has no state '{id}'.");

    public TriggerDefinition? Trigger(string id) => Triggers.FirstOrDefault(t => t.Id == id);

    /// <summary>The state and its parents, innermost first.</summary>
    public IReadOnlyList<StateDefinition> Lineage(string stateId)
    {
        var lineage = new List<StateDefinition>();
        for (var state = State(stateId); ; state = State(state.Parent))
        {
            lineage.Add(state);
            if (state.Parent is null || lineage.Count > States.Count)
            {
                return lineage;
            }
        }
    }
}
