using Sandbox.Domain.Applications;

namespace Sandbox.Applications.Intake;

/// <summary>The application content was refused; nothing was stored.</summary>
public sealed class IntakeValidationException(IReadOnlyList<FieldProblem> problems)
    : Exception("The application has problems: " + string.Join("; ", problems))
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;
}
