namespace Sandbox.Workflows.Definitions;

/// <summary>
/// A named clock that runs while the instance is in a state naming it, pauses in states listing it in
/// <see cref="StateDefinition.PauseClocks"/> and keeps its budget across loops.
/// </summary>
public sealed record SlaDefinition
{
    public required string Clock { get; init; }

    /// <summary>ISO 8601 duration.</summary>
    public string? Budget { get; init; }

    /// <summary>A number of days in the instance data (the tier's review days).</summary>
    public string? BudgetDaysFrom { get; init; }
}
