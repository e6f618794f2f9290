namespace Sandbox.Applications.Templates;

/// <summary>Template files that fail validation stop start-up; the message names every file, path and problem.</summary>
public sealed class SandboxTemplateException(IReadOnlyList<TemplateProblem> problems)
    : InvalidOperationException("Invalid sandbox templates: " + string.Join("; ", problems))
{
    public IReadOnlyList<TemplateProblem> Problems { get; } = problems;
}
