namespace Sandbox.Workflows.Definitions;

/// <summary>Every loaded definition version; new instances start on the latest, running ones stay on theirs.</summary>
public sealed class WorkflowDefinitionRegistry
{
    private readonly Dictionary<string, WorkflowDefinition> _byKey;
    private readonly Dictionary<string, WorkflowDefinition> _latest;

    public WorkflowDefinitionRegistry(IEnumerable<WorkflowDefinition> definitions)
    {
        var all = definitions.ToList();
        _byKey = all.ToDictionary(d => d.Key, StringComparer.Ordinal);
        _latest = all.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<WorkflowDefinition> All => _byKey.Values;

    public IReadOnlyCollection<WorkflowDefinition> Latest => _latest.Values;

    public WorkflowDefinition LatestOf(string id) =>
        _latest.TryGetValue(id, out var definition) ? definition : throw new KeyNotFoundException($"No workflow definition '{id}' is loaded.");

    public WorkflowDefinition? Find(string id, int version) => _byKey.GetValueOrDefault(WorkflowDefinition.KeyOf(id, version));

    public WorkflowDefinition Get(string id, int version) =>
        Find(id, version) ?? throw new KeyNotFoundException($"Workflow definition {WorkflowDefinition.KeyOf(id, version)} is not loaded; keep its file in workflows/ while instances use it.");
}
