using Sandbox.Applications.Access;
using Sandbox.Domain.Applications;
using Sandbox.Identity.Audit;
using Sandbox.Identity.Organizations;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Applications.Intake;

/// <summary>
/// Applications as their applicants and regulators use them. Applicants see and edit only their own
/// organization's applications; regulators and auditors see those submitted at least once. Every
/// change names the ETag it was based on, so a concurrent edit is refused, never overwritten.
/// </summary>
public sealed partial class PilotApplications(
    DocumentSet<PilotApplication> applications,
    DocumentSet<ApplicationVersion> versions,
    DocumentSet<StoredAttachment> attachments,
    ReferenceNumbers references,
    OrganizationDirectory organizations,
    CaseSubmission submission,
    AuditLog audit,
    IEnumerable<ICaseEvents> caseEvents,
    TimeProvider time)
{
    public const string ReferencePrefix = "APP";

    public async Task<Versioned<PilotApplication>> CreateAsync(CaseActor actor, ApplicationContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsApplicant)
        {
            throw new CaseForbiddenException("Only applicants with an organization can start an application.");
        }

        ThrowIfInvalid(ApplicationRules.ValidateDraft(content));
        var organization = await organizations.GetAsync(actor.OrganizationId!, cancellationToken)
            ?? throw new CaseForbiddenException("Your organization is not registered.");
        var reference = await references.NextAsync(ReferencePrefix, cancellationToken);
        var application = PilotApplication.StartDraft(Guid.NewGuid().ToString("N"), reference, organization.Value.Id, organization.Value.Name, actor.UserId, content, time.GetUtcNow());
        var created = await applications.CreateAsync(application, cancellationToken: cancellationToken);
        await AuditAsync(IntakeAuditEvents.DraftCreated, actor, application, cancellationToken);
        return created;
    }

    public async Task<Versioned<PilotApplication>> SaveDraftAsync(CaseActor actor, string id, string etag, ApplicationContent content, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(ApplicationRules.ValidateDraft(content));
        var current = await OwnAsync(actor, id, cancellationToken);
        if (current.Value.VersionCount > 0 && current.Value.Draft is null)
        {
            await BeforeAmendmentAsync(actor, current.Value, cancellationToken);
        }

        var saved = await ReplaceAsync(current.Value, etag, a => a.SaveDraft(content, time.GetUtcNow()), cancellationToken);
        await AuditAsync(IntakeAuditEvents.DraftSaved, actor, saved.Value, cancellationToken);
        return saved;
    }

    public async Task<Versioned<PilotApplication>> SubmitAsync(CaseActor actor, string id, string etag, CancellationToken cancellationToken = default)
    {
        var current = await OwnAsync(actor, id, cancellationToken);
        if (current.Value.Draft is not { } content)
        {
            throw new CaseStateException($"Application {current.Value.Reference} has no changes to submit since version {current.Value.VersionCount}.");
        }

        if (!string.Equals(current.ETag, etag, StringComparison.Ordinal))
        {
            throw new DocumentConcurrencyException(ApplicationContainers.Applications.Name, id, id);
        }

        if (current.Value.VersionCount > 0)
        {
            await BeforeAmendmentAsync(actor, current.Value, cancellationToken);
        }

        var submitted = await submission.SubmitAsync(current, content, actor.UserId, cancellationToken);
        await AuditAsync(IntakeAuditEvents.Submitted, actor, submitted.Value, cancellationToken);
        foreach (var listener in caseEvents)
        {
            await listener.SubmittedAsync(actor, submitted.Value, cancellationToken);
        }

        return submitted;
    }

    public async Task<Versioned<PilotApplication>> WithdrawAsync(CaseActor actor, string id, string etag, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > ApplicationLimits.LongText)
        {
            ThrowIfInvalid([new FieldProblem("reason", $"A reason of 1 to {ApplicationLimits.LongText} characters is required.")]);
        }

        var current = await OwnAsync(actor, id, cancellationToken);
        foreach (var listener in caseEvents)
        {
            await listener.BeforeWithdrawalAsync(actor, current.Value, cancellationToken);
        }

        var withdrawn = await ReplaceAsync(current.Value, etag, a => a.Withdraw(reason, time.GetUtcNow()), cancellationToken);
        await AuditAsync(IntakeAuditEvents.Withdrawn, actor, withdrawn.Value, cancellationToken);
        foreach (var listener in caseEvents)
        {
            await listener.WithdrawnAsync(actor, withdrawn.Value, reason.Trim(), cancellationToken);
        }

        return withdrawn;
    }

    /// <summary>The application if the actor may see it.</summary>
    public async Task<Versioned<PilotApplication>> GetAsync(CaseActor actor, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = string.IsNullOrEmpty(id) ? null : await applications.ReadAsync(id, id, cancellationToken);
        return found is not null && CanSee(actor, found.Value) ? found : throw new CaseNotFoundException(id);
    }

    private async Task BeforeAmendmentAsync(CaseActor actor, PilotApplication application, CancellationToken cancellationToken)
    {
        foreach (var listener in caseEvents)
        {
            await listener.BeforeAmendmentAsync(actor, application, cancellationToken);
        }
    }

    internal static bool CanSee(CaseActor actor, PilotApplication application) =>
        (actor.IsApplicant && actor.BelongsTo(application.OrganizationId)) || (actor.CanReadCases && application.VersionCount > 0);

    private async Task<Versioned<PilotApplication>> OwnAsync(CaseActor actor, string id, CancellationToken cancellationToken)
    {
        var current = await GetAsync(actor, id, cancellationToken);
        if (!actor.IsApplicant || !actor.BelongsTo(current.Value.OrganizationId))
        {
            throw new CaseForbiddenException("Only the applicant organization can change its application.");
        }

        return current;
    }

    private async Task<Versioned<PilotApplication>> ReplaceAsync(
        PilotApplication current, string etag, Func<PilotApplication, PilotApplication> change, CancellationToken cancellationToken)
    {
        PilotApplication changed;
        try
        {
            changed = change(current);
        }
        catch (InvalidOperationException ex)
        {
            throw new CaseStateException(ex.Message);
        }

        return await applications.ReplaceAsync(changed, etag, cancellationToken: cancellationToken);
    }

    private static void ThrowIfInvalid(IReadOnlyList<FieldProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new IntakeValidationException(problems);
        }
    }

    private Task<AuditEvent> AuditAsync(string type, CaseActor actor, PilotApplication application, CancellationToken cancellationToken) =>
        audit.AppendAsync(type, actor.UserId, application.Id, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["reference"] = application.Reference, ["version"] = application.VersionCount.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            cancellationToken);
}
