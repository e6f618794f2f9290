using Sandbox.Applications.Access;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Screening;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Applications.Intake;

/// <summary>
/// Regulators adjudicate the screening hits of a case; each decision is remembered (for this name, country and entry)
/// and the case is assessed again, so a cleared false positive lowers the tier and a true match floors it.
/// </summary>
public sealed class CaseAdjudication(
    PilotApplications applications,
    DocumentSet<PilotApplication> cases,
    CaseScreening screening,
    ScreeningAdjudications adjudications,
    CaseSubmission submission,
    IEnumerable<ICaseEvents> caseEvents,
    AuditLog audit)
{
    private const int Attempts = 5;

    public async Task<CaseScreeningView> ScreeningAsync(CaseActor actor, string applicationId, CancellationToken cancellationToken = default)
    {
        var (application, version) = await LatestAsync(actor, applicationId, cancellationToken);
        var results = await screening.ScreenAsync(version.Content.Parties, await submission.ApplicantOfAsync(application, cancellationToken), cancellationToken);
        return new CaseScreeningView(application.Id, version.Number,
            results.Select(r => new PartyScreeningView(r.PartyIndex, r.Party.Name!, r.Party.Country, r.Result.Lists, r.Result.Hits)).ToList());
    }

    public async Task<Versioned<PilotApplication>> AdjudicateAsync(CaseActor actor, string applicationId, HitAdjudication decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(decision);
        var (application, version) = await LatestAsync(actor, applicationId, cancellationToken);
        if (!actor.MayWork(application))
        {
            throw new CaseForbiddenException("Only regulators adjudicate screening hits, and never on their own organization's or their own application.");
        }

        var applicant = await submission.ApplicantOfAsync(application, cancellationToken);
        var party = Validate(decision, version, applicant);
        var current = await screening.ScreenPartyAsync(party, cancellationToken);
        if (!current.Hits.Any(h => h.ListId == decision.ListId && h.EntryId == decision.EntryId))
        {
            throw new CaseStateException($"{decision.ListId}:{decision.EntryId} is not a hit of {party.Name} any more; reload the screening.");
        }

        try
        {
            await adjudications.AdjudicateAsync(
                new AdjudicationRequest(party.Name!, party.Country, decision.ListId!, decision.EntryId!, decision.EntryHash!, decision.Outcome!.Value, decision.Reason!),
                actor.UserId, decision.AdjudicationETag, cancellationToken);
        }
        catch (ScreeningValidationException ex)
        {
            throw new IntakeValidationException(ex.Errors.SelectMany(e => e.Value.Select(m => new FieldProblem(e.Key, m))).ToList());
        }
        catch (DocumentNotFoundException)
        {
            throw new CaseStateException($"The listed entry {decision.ListId}:{decision.EntryId} is no longer on its list; screen the case again.");
        }
        catch (DocumentConcurrencyException)
        {
            throw new CaseStateException("The listed entry or its earlier adjudication changed since you looked; reload the screening and decide again.");
        }

        var reassessed = await ReassessAsync(actor, application.Id, cancellationToken);
        foreach (var listener in caseEvents)
        {
            await listener.AdjudicatedAsync(actor, reassessed.Value, cancellationToken);
        }

        return reassessed;
    }

    private async Task<Versioned<PilotApplication>> ReassessAsync(CaseActor actor, string applicationId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await cases.ReadAsync(applicationId, applicationId, cancellationToken) ?? throw new CaseNotFoundException(applicationId);
            try
            {
                var reassessed = await submission.ReassessAsync(current, cancellationToken);
                await audit.AppendAsync(IntakeAuditEvents.Reassessed, actor.UserId, applicationId, AuditOutcome.Succeeded,
                    new Dictionary<string, string>
                    {
                        ["reference"] = reassessed.Value.Reference,
                        ["tier"] = reassessed.Value.Tier?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                        ["screening"] = reassessed.Value.ScreeningStatus.ToString(),
                    },
                    cancellationToken);
                return reassessed;
            }
            catch (DocumentConcurrencyException) when (attempt < Attempts)
            {
                // The case changed meanwhile (another adjudication, an amendment): assess the newer copy.
            }
        }
    }

    private async Task<(PilotApplication Application, ApplicationVersion Version)> LatestAsync(CaseActor actor, string applicationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.CanReadCases)
        {
            throw new CaseForbiddenException("Screening results are for regulators and auditors.");
        }

        var (application, version) = await applications.GetWithVersionAsync(actor, applicationId, null, cancellationToken);
        return actor.MayReadCase(application)
            ? (application, version)
            : throw new CaseForbiddenException("Screening results are for regulators and auditors outside the applicant organization.");
    }

    private static Party Validate(HitAdjudication decision, ApplicationVersion version, Organization applicant)
    {
        if (decision.Version is { } seen && seen != version.Number)
        {
            throw new CaseStateException($"You screened version {seen}; the applicant has submitted version {version.Number} since. Reload the screening.");
        }

        var problems = new List<FieldProblem>();
        if (decision.Version is null)
        {
            problems.Add(new FieldProblem("version", "Name the version whose screening you looked at."));
        }

        if (decision.PartyIndex is not { } index || index < CaseScreening.ApplicantIndex || index >= version.Content.Parties.Count)
        {
            problems.Add(new FieldProblem("partyIndex", $"Version {version.Number} has parties 0 to {version.Content.Parties.Count - 1}, and {CaseScreening.ApplicantIndex} for the applicant organization."));
        }

        if (string.IsNullOrWhiteSpace(decision.ListId) || string.IsNullOrWhiteSpace(decision.EntryId))
        {
            problems.Add(new FieldProblem("entryId", "Name the hit's list and entry."));
        }

        if (string.IsNullOrWhiteSpace(decision.EntryHash))
        {
            problems.Add(new FieldProblem("entryHash", "Send the entry hash of the hit you looked at."));
        }

        if (decision.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            problems.Add(new FieldProblem("outcome", "The outcome is TrueMatch or FalsePositive."));
        }

        if (string.IsNullOrWhiteSpace(decision.Reason) || decision.Reason.Length > ScreeningAdjudications.MaxReasonLength)
        {
            problems.Add(new FieldProblem("reason", $"A reason of 1 to {ScreeningAdjudications.MaxReasonLength} characters is required."));
        }

        if (problems.Count > 0)
        {
            throw new IntakeValidationException(problems);
        }

        return decision.PartyIndex == CaseScreening.ApplicantIndex ? CaseScreening.ApplicantParty(applicant) : version.Content.Parties[decision.PartyIndex!.Value];
    }
}
