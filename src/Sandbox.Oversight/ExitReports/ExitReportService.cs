using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Licences;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Oversight.ExitReports;

/// <summary>
/// Exit reports as people see and make them. The licence lifecycle (v3) assembles the draft when the licence ends;
/// a licence that ended on an earlier lifecycle gets it on demand (by the holder or an independent regulator;
/// assembling again returns the same report). The holder writes the narrative and submits it; a regulator outside
/// the holder's organization accepts it or returns it with a reason. Every change carries the ETag read and is audited.
/// </summary>
public sealed partial class ExitReportService(DocumentSet<ExitReport> reports, LicenceRegistry licences, ExitReportAssembler assembler, AuditLog audit, TimeProvider time)
{
    /// <summary>Who assembled a report the lifecycle assembled: the workflow engine's system actor.</summary>
    public static string SystemActor => Sandbox.Workflows.Instances.WorkflowActor.System.Id;

    /// <summary>The report if the caller may see it: the holder's applicants and case readers, as for the licence.</summary>
    public async Task<Versioned<ExitReport>> GetAsync(CaseActor actor, string licenceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = string.IsNullOrWhiteSpace(licenceId) || licenceId.Length > 100 ? null : await reports.ReadAsync(licenceId, licenceId, cancellationToken);
        return found is not null && MaySee(actor, found.Value.HolderOrganizationId) ? found : throw new ExitReportNotFoundException(licenceId);
    }

    /// <summary>Regulators and auditors: every report, optionally of one status; the holder: its own organization's.</summary>
    public async Task<IReadOnlyList<ExitReport>> ListAsync(CaseActor actor, ExitReportStatus? status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.CanReadCases && !actor.IsApplicant)
        {
            return [];
        }

        var query = DocumentQuery.AcrossPartitions().Take(200);
        query = actor.CanReadCases ? query : query.Where(QueryFilter.Equal("holderOrganizationId", actor.OrganizationId!));
        if (status is { } wanted)
        {
            query = query.Where(QueryFilter.Equal("status", wanted.ToString()));
        }

        return await reports.QueryAllAsync(query, cancellationToken).Select(r => r.Value)
            .OrderByDescending(r => r.AssembledAt).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Assembles the report of an ended licence, once: the id is the licence's, so a second call (or another node
    /// racing this one) finds the report the first one created and returns it unchanged.
    /// </summary>
    public async Task<(Versioned<ExitReport> Report, bool Created)> AssembleAsync(CaseActor actor, string licenceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var licence = (await licences.GetAsync(licenceId, cancellationToken))?.Value;
        if (licence is null || !LicenceActions.MaySee(actor, licence))
        {
            throw new ExitReportNotFoundException(licenceId);
        }

        if (await reports.ReadAsync(licence.Id, licence.Id, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        if (!IsHolder(actor, licence.HolderOrganizationId) && !IsIndependentRegulator(actor, licence.HolderOrganizationId))
        {
            throw new CaseForbiddenException("An exit report is assembled by the holder or by a regulator outside the holder's organization.");
        }

        if (!ExitReportAssembler.HasEnded(licence.Status))
        {
            throw new CaseStateException($"Licence {licence.Reference} is {licence.Status}; its exit report is assembled once it has ended.");
        }

        return await CreateAsync(licence, actor.UserId, cancellationToken);
    }

    /// <summary>The lifecycle's assembly when the licence ends: no person asks for it, so no access check applies.</summary>
    /// <exception cref="InvalidOperationException">The licence is unknown or has not ended: the definition runs this in the wrong state.</exception>
    public async Task<Versioned<ExitReport>> AssembleAtEndAsync(string licenceId, CancellationToken cancellationToken = default)
    {
        var licence = (await licences.GetAsync(licenceId, cancellationToken))?.Value ?? throw new InvalidOperationException($"No licence {licenceId}.");
        if (!ExitReportAssembler.HasEnded(licence.Status))
        {
            throw new InvalidOperationException($"Licence {licence.Reference} is {licence.Status}; an exit report is assembled once it has ended.");
        }

        return await reports.ReadAsync(licence.Id, licence.Id, cancellationToken) ?? (await CreateAsync(licence, SystemActor, cancellationToken)).Report;
    }

    private async Task<(Versioned<ExitReport> Report, bool Created)> CreateAsync(PilotLicence licence, string actorId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var draft = (await assembler.AssembleAsync(licence, now, cancellationToken)).Step("assembled", actorId, now);
        Versioned<ExitReport> created;
        try
        {
            created = await reports.CreateAsync(draft, cancellationToken: cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return ((await reports.ReadAsync(licence.Id, licence.Id, cancellationToken))!, false);
        }

        try
        {
            await RecordAsync(actorId, created.Value, "assembled", cancellationToken);
        }
        catch
        {
            // A retry would find the report and never audit it: take it back, so the next attempt does both.
            await reports.DeleteAsync(created.Value.Id, created.Value.Id, created.ETag, CancellationToken.None);
            throw;
        }

        return (created, true);
    }

    private static bool MaySee(CaseActor actor, string holderOrganizationId) =>
        actor.CanReadCases || (actor.IsApplicant && actor.BelongsTo(holderOrganizationId));

    private static bool IsHolder(CaseActor actor, string holderOrganizationId) => actor.IsApplicant && actor.BelongsTo(holderOrganizationId);

    /// <summary>Separation of duties: a regulator of the holder's own organization never decides on its report.</summary>
    private static bool IsIndependentRegulator(CaseActor actor, string holderOrganizationId) => actor.CanWorkCases && !actor.BelongsTo(holderOrganizationId);

    private Task<AuditEvent> RecordAsync(CaseActor actor, ExitReport report, string step, CancellationToken cancellationToken) =>
        RecordAsync(actor.UserId, report, step, cancellationToken);

    private Task<AuditEvent> RecordAsync(string actorId, ExitReport report, string step, CancellationToken cancellationToken) =>
        audit.AppendAsync(ExitReportAuditEvents.ExitReport, actorId, report.LicenceId, AuditOutcome.Succeeded, new Dictionary<string, string>
        {
            ["step"] = step,
            ["status"] = report.Status.ToString(),
            ["published"] = report.Published ? "true" : "false",
        }, cancellationToken);
}
