using System.Globalization;
using Sandbox.Applications.Access;
using Sandbox.Domain.Applications;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Applications.Intake;

/// <summary>The internal notes thread of a case. Applicants never see it.</summary>
public sealed class CaseNotes(DocumentSet<CaseNote> notes, PilotApplications applications, AuditLog audit, TimeProvider time)
{
    public const int MaxLength = 4000;

    public async Task<CaseNote> AddAsync(CaseActor actor, string authorName, string applicationId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.CanWorkCases)
        {
            throw new CaseForbiddenException("Only regulators add notes to a case.");
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            throw new IntakeValidationException([new FieldProblem("text", $"A note of 1 to {MaxLength} characters is required.")]);
        }

        var application = await applications.GetAsync(actor, applicationId, cancellationToken);
        if (!actor.MayWork(application.Value))
        {
            throw new CaseForbiddenException("Regulators do not work cases of their own organization.");
        }

        var at = time.GetUtcNow();
        var id = at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var note = new CaseNote(id, application.Value.Id, actor.UserId, authorName, at, text.Trim());
        await notes.CreateAsync(note, cancellationToken: cancellationToken);
        await audit.AppendAsync(IntakeAuditEvents.NoteAdded, actor.UserId, application.Value.Id, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["reference"] = application.Value.Reference, ["note"] = id }, cancellationToken);
        return note;
    }

    /// <summary>The thread, oldest first.</summary>
    public async Task<IReadOnlyList<CaseNote>> ListAsync(CaseActor actor, string applicationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var application = await applications.GetAsync(actor, applicationId, cancellationToken);
        if (!actor.MayReadCase(application.Value))
        {
            throw new CaseForbiddenException("Case notes are internal to the regulator.");
        }

        var query = DocumentQuery.InPartition(application.Value.Id).Sorted(SortOrder.Ascending("id")).Take(DocumentQuery.MaxPageSize);
        return await notes.QueryAllAsync(query, cancellationToken).Select(n => n.Value).ToListAsync(cancellationToken);
    }
}
