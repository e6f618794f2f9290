using Sandbox.Domain.Applications;
using Sandbox.Oversight.Misuse;

namespace Sandbox.Web.Api;

/// <summary>A report as JSON; evidence files travel as base64.</summary>
public sealed record MisuseReportRequest(
    MisuseAllegation? Allegation,
    string? Description,
    string? LicenceReference = null,
    string? ReportedParty = null,
    DateTimeOffset? ObservedAt = null,
    bool Anonymous = false,
    IReadOnlyList<EvidenceFileRequest>? Evidence = null)
{
    public bool TryReadEvidence(out IReadOnlyList<EvidenceUpload> evidence, out FieldProblem? problem)
    {
        var files = new List<EvidenceUpload>();
        evidence = files;
        problem = null;
        if (Evidence is { Count: > MisuseRules.MaxEvidence })
        {
            problem = new FieldProblem("evidence", $"Attach at most {MisuseRules.MaxEvidence} files.");
            return false;
        }

        foreach (var (file, index) in (Evidence ?? []).Select((f, i) => (f, i)))
        {
            if (file.Content is { Length: > (Applications.Intake.AttachmentRules.MaxBytes * 4 / 3) + 4 })
            {
                problem = new FieldProblem($"evidence[{index}]", $"A file must have at most {Applications.Intake.AttachmentRules.MaxBytes / 1024} KiB.");
                return false;
            }

            var bytes = new byte[((file.Content?.Length ?? 0) * 3 / 4) + 3];
            if (file.Content is null || !Convert.TryFromBase64String(file.Content, bytes, out var written))
            {
                problem = new FieldProblem($"evidence[{index}]", "Send the file's content as base64.");
                return false;
            }

            files.Add(new EvidenceUpload(file.FileName ?? "", file.ContentType ?? "", bytes[..written]));
        }

        return true;
    }

    public MisuseSubmission ToSubmission(IReadOnlyList<EvidenceUpload> evidence) => new()
    {
        Allegation = Allegation,
        Description = Description,
        LicenceReference = LicenceReference,
        ReportedParty = ReportedParty,
        ObservedAt = ObservedAt,
        Anonymous = Anonymous,
        Evidence = evidence,
    };
}

public sealed record EvidenceFileRequest(string? FileName, string? ContentType, string? Content);
