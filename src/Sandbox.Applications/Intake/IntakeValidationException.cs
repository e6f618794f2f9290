using Sandbox.Domain.Applications;

namespace Sandbox.Applications.Intake;

/// <summary>The application content was refused; nothing was stored.</summary>
public sealed class IntakeValidationException(IReadOnlyList<FieldProblem> problems)
    : Exception("The application has problems: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")))
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;
}
