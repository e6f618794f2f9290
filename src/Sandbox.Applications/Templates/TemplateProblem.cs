namespace Sandbox.Applications.Templates;

/// <summary>What is wrong with a template file, at a JSON path such as <c>datasets[0].fields[3].generator.min</c>.</summary>
public sealed record TemplateProblem(string File, string Path, string Message)
{
    public override string ToString() => $"{File} at {(Path.Length == 0 ? "(root)" : Path)}: {Message}";
}
