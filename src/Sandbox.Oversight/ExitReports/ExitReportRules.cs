using Sandbox.Domain.Applications;

namespace Sandbox.Oversight.ExitReports;

/// <summary>
/// What the holder's narrative must be. A saved draft only needs each part within its length; a submitted report needs
/// every part written and the data disposal confirmed. Problems are named by the field's JSON name.
/// </summary>
public static class ExitReportRules
{
    public const int MaxText = 8000;
    public const int MinNarrative = 20;
    public const int MaxReason = 2000;

    public static IReadOnlyList<FieldProblem> ValidateDraft(ExitNarrative narrative)
    {
        ArgumentNullException.ThrowIfNull(narrative);
        var problems = new List<FieldProblem>();
        foreach (var (field, text) in Parts(narrative))
        {
            if (text is { Length: > MaxText })
            {
                problems.Add(new FieldProblem(field, $"Keep this to {MaxText:N0} characters; it has {text.Length:N0}."));
            }
        }

        return problems;
    }

    public static IReadOnlyList<FieldProblem> ValidateSubmission(ExitNarrative narrative)
    {
        var problems = ValidateDraft(narrative).ToList();
        foreach (var (field, text) in Parts(narrative))
        {
            if (problems.Any(p => p.Field == field))
            {
                continue;
            }

            var length = text?.Trim().Length ?? 0;
            if (length == 0)
            {
                problems.Add(new FieldProblem(field, Missing(field)));
            }
            else if (length < MinNarrative && field != "deviations")
            {
                problems.Add(new FieldProblem(field, $"Write at least {MinNarrative} characters, so a reader can follow it."));
            }
        }

        if (!narrative.DataDisposalConfirmed)
        {
            problems.Add(new FieldProblem("dataDisposalConfirmed", "Confirm that the pilot's data was deleted or returned as the licence requires."));
        }

        return problems;
    }

    /// <summary>A reason for returning a report: what the holder must change.</summary>
    public static IReadOnlyList<FieldProblem> ValidateReason(string? reason) =>
        (reason?.Trim().Length ?? 0) switch
        {
            < 5 => [new FieldProblem("reason", "Say what the holder should change (at least 5 characters).")],
            > MaxReason => [new FieldProblem("reason", $"Keep the reason to {MaxReason:N0} characters.")],
            _ => [],
        };

    private static string Missing(string field) => field switch
    {
        "learned" => "Say what the pilot learned.",
        "results" => "Describe the pilot's results.",
        "deviations" => "Say where the pilot deviated from its plan, or write \"None\".",
        _ => "Say how the pilot's data was deleted or returned.",
    };

    private static IEnumerable<(string Field, string? Text)> Parts(ExitNarrative narrative) =>
    [
        ("learned", narrative.Learned),
        ("results", narrative.Results),
        ("deviations", narrative.Deviations),
        ("dataDisposal", narrative.DataDisposal),
    ];
}
