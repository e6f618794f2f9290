namespace Sandbox.Domain.Sandboxes;

/// <summary>What is wrong with a dataset recipe, at a JSON path inside it such as <c>fields[2].generator.min</c>.</summary>
public sealed record RecipeProblem(string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
