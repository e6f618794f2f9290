using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;

namespace Sandbox.Oversight.Misuse;

/// <summary>What a report must be: an allegation in words, optionally a licence or party, and a few small evidence files.</summary>
public static class MisuseRules
{
    public const int MaxDescription = 8000;
    public const int MaxEvidence = 5;

    public static IReadOnlyList<FieldProblem> Validate(MisuseSubmission submission, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var problems = new List<FieldProblem>();
        if (submission.Allegation is not { } allegation || !Enum.IsDefined(allegation))
        {
            problems.Add(new FieldProblem("allegation", "Say what you suspect: misuse of the technology, a breach of conditions, or something else."));
        }

        var description = submission.Description?.Trim() ?? "";
        if (description.Length < 20 || description.Length > MaxDescription)
        {
            problems.Add(new FieldProblem("description", $"Describe what happened in 20 to {MaxDescription:N0} characters: what, where, when, who."));
        }

        if (submission.LicenceReference is { Length: > 0 } licence && !LicenceReference.TryParse(licence.Trim().ToUpperInvariant(), out _, out _))
        {
            problems.Add(new FieldProblem("licenceReference", "A licence reference looks like SBX-2026-000123; leave it empty if you do not know it."));
        }

        if (submission.ReportedParty is { Length: > 200 })
        {
            problems.Add(new FieldProblem("reportedParty", "Name the organization or technology in at most 200 characters."));
        }

        if (submission.ObservedAt is { } observed && (observed > now.AddMinutes(5) || observed < now.AddYears(-10)))
        {
            problems.Add(new FieldProblem("observedAt", "The date you observed it cannot be in the future or more than 10 years ago."));
        }

        if (submission.Evidence.Count > MaxEvidence)
        {
            problems.Add(new FieldProblem("evidence", $"Attach at most {MaxEvidence} files."));
        }

        foreach (var (file, index) in submission.Evidence.Select((f, i) => (f, i)))
        {
            problems.AddRange(AttachmentRules.Validate(file.FileName, file.ContentType, file.Content)
                .Select(p => p with { Field = $"evidence[{index}]" }));
        }

        return problems;
    }
}
