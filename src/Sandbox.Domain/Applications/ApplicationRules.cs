using System.Globalization;

namespace Sandbox.Domain.Applications;

/// <summary>
/// The two gates an application passes. Every save checks the shape (sizes, known values, formats),
/// so a draft may be incomplete but is never malformed; submission also checks that it is complete
/// and consistent with the catalogue, the template and the applicant.
/// </summary>
public static partial class ApplicationRules
{
    public static IReadOnlyList<FieldProblem> ValidateDraft(ApplicationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = new ProblemList();
        CheckShape(content, problems);
        return problems.Problems;
    }

    public static IReadOnlyList<FieldProblem> ValidateForSubmission(ApplicationContent content, SubmissionContext context)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new ProblemList();
        CheckShape(content, problems);
        if (problems.Problems.Count == 0)
        {
            CheckComplete(content, context, problems);
        }

        return problems.Problems;
    }

    private static string At(string list, int index, string field) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{field}");

    private static string At(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");
}
