using System.Security.Cryptography;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Licences;
using Sandbox.Oversight.ExitReports;
using Sandbox.Provisioning.Environments;
using Sandbox.Storage.Documents;

namespace Sandbox.Oversight.Proofs;

/// <summary>
/// Written proofs of a sandbox's activities on request: the holder or a regulator asks, the statement is computed from
/// the records at that moment, hashed, stored under a new unguessable id and audited. Anyone holding the id can
/// read and verify it.
/// </summary>
public sealed class ActivityProofs(DocumentSet<ActivityProof> proofs, LicenceRegistry licences, SandboxActivityReader activity, AuditLog audit, TimeProvider time)
{
    public async Task<ActivityProof> RequestAsync(CaseActor actor, string licenceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var licence = (await licences.GetAsync(licenceId, cancellationToken))?.Value;
        if (licence is null || !LicenceActions.MaySee(actor, licence))
        {
            throw new ExitReportNotFoundException(licenceId);
        }

        if (!(actor.IsApplicant && actor.BelongsTo(licence.HolderOrganizationId)) && !actor.CanWorkCases)
        {
            throw new CaseForbiddenException("A proof of sandbox activities is requested by the licence holder or a regulator.");
        }

        var now = time.GetUtcNow();
        var id = "PRF-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(10));
        var statement = Statement(id, licence, await activity.ReadAsync(SandboxIds.ForLicence(licence.Reference), cancellationToken), now);
        var json = ProofCanonicalJson.Serialize(statement);
        var proof = new ActivityProof
        {
            Id = id,
            LicenceId = licence.Id,
            HolderOrganizationId = licence.HolderOrganizationId,
            RequestedBy = actor.UserId,
            IssuedAt = now,
            Statement = statement,
            CanonicalJson = json,
            Sha256 = ProofCanonicalJson.Sha256(json),
        };
        var stored = (await proofs.CreateAsync(proof, cancellationToken: cancellationToken)).Value;
        await audit.AppendAsync(ProofAuditEvents.Issued, actor.UserId, licence.Id, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["proofId"] = id, ["sha256"] = stored.Sha256 }, cancellationToken);
        return stored;
    }

    /// <summary>The proof with the result of checking it; null when there is none.</summary>
    public async Task<ProofVerification?> VerifyAsync(string id, CancellationToken cancellationToken = default)
    {
        var found = string.IsNullOrWhiteSpace(id) || id.Length > 40 ? null : (await proofs.ReadAsync(id, id, cancellationToken))?.Value;
        return found is null ? null : new ProofVerification(found.Id, found.Statement, found.CanonicalJson, found.Sha256, ProofCanonicalJson.Verifies(found));
    }

    internal static ActivityStatement Statement(string id, PilotLicence licence, SandboxActivity activity, DateTimeOffset now)
    {
        var ended = ExitReportAssembler.HasEnded(licence.Status) ? licence.StatusChanges.LastOrDefault(c => c.Status == licence.Status)?.At : null;
        return new ActivityStatement
        {
            ProofId = id,
            LicenceReference = licence.Reference,
            SandboxId = activity.SandboxId,
            Holder = licence.HolderOrganizationName,
            PilotTitle = licence.PilotTitle,
            PeriodFrom = licence.ValidFrom.ToUniversalTime(),
            PeriodTo = (ended ?? (now < licence.ValidTo ? now : licence.ValidTo)).ToUniversalTime(),
            LicenceStatus = licence.Status.ToString(),
            GatewayRequests = activity.Requests,
            QueriesAnswered = activity.QueriesAnswered,
            Refusals = activity.Refusals,
            Exports = activity.Exports,
            StatusChanges = licence.StatusChanges.Select(c => new PublicStatusChange(c.Status.ToString(), c.At.ToUniversalTime())).ToList(),
            IssuedAt = now.ToUniversalTime(),
        };
    }
}
