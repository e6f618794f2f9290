namespace Sandbox.Workflows.Definitions;

/// <summary>What is wrong with a definition file, at a JSON path such as <c>states[2].transitions[0].to</c>.</summary>
public sealed record DefinitionProblem(string File, string Path, string Message)
{
    public override string ToString() => $"{File} at {(Path.Length == 0 ? "(root)" : Path)}: {Message}";
}

/// <summary>Definitions that fail validation stop start-up; the message names every file, path and problem.</summary>
public sealed class WorkflowDefinitionException(IReadOnlyList<DefinitionProblem> problems)
    : Exception("Invalid workflow definitions: " + string.Join("; ", problems))
{
    public IReadOnlyList<DefinitionProblem> Problems { get; } = problems;
}
