using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Oversight.ExitReports;

/// <summary>The steps of an exit report after assembly, each on the ETag the caller read.</summary>
public sealed partial class ExitReportService
{
    public Task<Versioned<ExitReport>> SaveNarrativeAsync(CaseActor actor, string licenceId, string etag, ExitNarrative narrative, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, licenceId, etag, "narrative-saved", (report, _) =>
        {
            ArgumentNullException.ThrowIfNull(narrative);
            RequireHolder(actor, report);
            RequireStatus(report, "edited", ExitReportStatus.Draft, ExitReportStatus.Returned);
            ThrowIfInvalid(ExitReportRules.ValidateDraft(narrative));
            return report with { Narrative = Trimmed(narrative) };
        }, cancellationToken);

    public Task<Versioned<ExitReport>> SubmitAsync(CaseActor actor, string licenceId, string etag, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, licenceId, etag, "submitted", (report, _) =>
        {
            RequireHolder(actor, report);
            RequireStatus(report, "submitted", ExitReportStatus.Draft, ExitReportStatus.Returned);
            ThrowIfInvalid(ExitReportRules.ValidateSubmission(report.Narrative));
            return report with { Status = ExitReportStatus.Submitted, ReturnReason = null };
        }, cancellationToken);

    public Task<Versioned<ExitReport>> AcceptAsync(CaseActor actor, string licenceId, string etag, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, licenceId, etag, "accepted", (report, _) =>
        {
            RequireIndependentRegulator(actor, report, "accepts");
            RequireStatus(report, "accepted", ExitReportStatus.Submitted);
            return report with { Status = ExitReportStatus.Accepted };
        }, cancellationToken);

    public Task<Versioned<ExitReport>> ReturnAsync(CaseActor actor, string licenceId, string etag, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, licenceId, etag, "returned", (report, _) =>
        {
            RequireIndependentRegulator(actor, report, "returns");
            RequireStatus(report, "returned", ExitReportStatus.Submitted);
            ThrowIfInvalid(ExitReportRules.ValidateReason(reason));
            return report with { Status = ExitReportStatus.Returned, ReturnReason = reason!.Trim() };
        }, cancellationToken, reason?.Trim());

    /// <summary>The holder gives (or withdraws) its consent to publish, and chooses how it is named.</summary>
    public Task<Versioned<ExitReport>> ConsentAsync(CaseActor actor, string licenceId, string etag, bool give, HolderNaming naming, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, licenceId, etag, give ? "publication-consented" : "publication-consent-withdrawn", (report, now) =>
        {
            RequireHolder(actor, report);
            if (!Enum.IsDefined(naming))
            {
                ThrowIfInvalid([new FieldProblem("naming", "Choose Named or Generalized.")]);
            }

            return report with { Consent = new PublicationConsent(give, naming, now, actor.UserId) };
        }, cancellationToken);

    /// <summary>A regulator outside the holder's organization approves publishing an accepted report.</summary>
    public Task<Versioned<ExitReport>> ApprovePublicationAsync(CaseActor actor, string licenceId, string etag, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, licenceId, etag, "publication-approved", (report, now) =>
        {
            RequireIndependentRegulator(actor, report, "approves publishing");
            RequireStatus(report, "approved for publication", ExitReportStatus.Accepted);
            return report.Approval is null ? report with { Approval = new PublicationApproval(now, actor.UserId) } : throw new CaseStateException("Publication is already approved.");
        }, cancellationToken);

    private async Task<Versioned<ExitReport>> ChangeAsync(
        CaseActor actor, string licenceId, string etag, string step, Func<ExitReport, DateTimeOffset, ExitReport> change, CancellationToken cancellationToken, string? reason = null)
    {
        var current = await GetAsync(actor, licenceId, cancellationToken);
        if (!string.Equals(current.ETag, etag, StringComparison.Ordinal))
        {
            throw new DocumentConcurrencyException(ExitReportContainers.Reports.Name, current.Value.Id, current.Value.Id);
        }

        var now = time.GetUtcNow();
        var changed = change(current.Value, now).WithPublication(now).Step(step, actor.UserId, now, reason);
        var stored = await reports.ReplaceAsync(changed, current.ETag, cancellationToken: cancellationToken);
        await RecordAsync(actor, stored.Value, step, cancellationToken);
        if (stored.Value.Published != current.Value.Published)
        {
            await RecordAsync(actor, stored.Value, stored.Value.Published ? "published" : "unpublished", cancellationToken);
        }

        return stored;
    }

    private static void RequireHolder(CaseActor actor, ExitReport report)
    {
        if (!IsHolder(actor, report.HolderOrganizationId))
        {
            throw new CaseForbiddenException("Only the licence holder's applicants write, submit and consent to publish its exit report.");
        }
    }

    private static void RequireIndependentRegulator(CaseActor actor, ExitReport report, string what)
    {
        if (!IsIndependentRegulator(actor, report.HolderOrganizationId))
        {
            throw new CaseForbiddenException($"Only a regulator outside the holder's organization {what} an exit report.");
        }
    }

    private static void RequireStatus(ExitReport report, string what, params ExitReportStatus[] allowed)
    {
        if (!allowed.Contains(report.Status))
        {
            throw new CaseStateException($"The exit report is {report.Status}; it cannot be {what} now.");
        }
    }

    private static void ThrowIfInvalid(IReadOnlyList<FieldProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new IntakeValidationException(problems);
        }
    }

    private static ExitNarrative Trimmed(ExitNarrative narrative) => narrative with
    {
        Learned = narrative.Learned?.Trim(),
        Results = narrative.Results?.Trim(),
        Deviations = narrative.Deviations?.Trim(),
        DataDisposal = narrative.DataDisposal?.Trim(),
    };
}
