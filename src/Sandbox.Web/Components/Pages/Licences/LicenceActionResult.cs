using Sandbox.Domain.Applications;

namespace Sandbox.Web.Components.Pages.Licences;

/// <summary>What came of one lifecycle action, with the problems by field when it was refused.</summary>
public sealed record LicenceActionResult(LicenceActionOutcome Outcome, IReadOnlyList<FieldProblem> Problems)
{
    public static LicenceActionResult Done { get; } = new(LicenceActionOutcome.Done, []);

    public static LicenceActionResult Stale { get; } = new(LicenceActionOutcome.Stale, []);

    public static LicenceActionResult Refused(IReadOnlyList<FieldProblem> problems) => new(LicenceActionOutcome.Refused, problems);
}
