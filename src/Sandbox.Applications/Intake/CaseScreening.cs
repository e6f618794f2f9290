using Sandbox.Applications.Screening;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Organizations;
using Sandbox.Domain.Risk;
using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Intake;

/// <summary>Screens every party of an application and sums up what a regulator still has to adjudicate.</summary>
public sealed class CaseScreening(ScreeningService screening)
{
    /// <summary>The index under which the applicant organization itself is screened, beside the parties it names.</summary>
    public const int ApplicantIndex = -1;

    public async Task<IReadOnlyList<CaseScreeningResult>> ScreenAsync(IReadOnlyList<Party> parties, Organization applicant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var self = ApplicantParty(applicant);
        var results = new List<CaseScreeningResult>(parties.Count + 1) { new(ApplicantIndex, self, await ScreenPartyAsync(self, cancellationToken)) };
        for (var i = 0; i < parties.Count; i++)
        {
            results.Add(new CaseScreeningResult(i, parties[i], await ScreenPartyAsync(parties[i], cancellationToken)));
        }

        return results;
    }

    public Task<ScreeningResult> ScreenPartyAsync(Party party, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        return screening.ScreenAsync(party.Name!, party.Country, cancellationToken);
    }

    /// <summary>The applicant organization as a party to screen: a listed entity must not apply under its own name.</summary>
    public static Party ApplicantParty(Organization applicant)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        return new Party { Name = applicant.Name, Country = applicant.Country, Sector = applicant.Type == OrganizationType.HumanitarianOrganization ? PartySector.HumanitarianOrganization : null };
    }

    public static IReadOnlyList<PartyScreening> Record(IReadOnlyList<CaseScreeningResult> results) =>
        results.Select(r => new PartyScreening(r.PartyIndex, r.Party.Name!, r.Party.Country,
            r.Result.Hits.Select(h => new RecordedHit(h.ListId, h.EntryId, h.ListedName, h.MatchedName, h.Score, h.HighConfidence, h.EntryHash)).ToList())).ToList();

    /// <summary>
    /// Hits without a valid adjudication are unresolved; true matches count as confirmed (a sanctions list)
    /// or as allied-denial matches; false positives drop out.
    /// </summary>
    public static ScreeningSummary Summarize(IReadOnlyList<CaseScreeningResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var hits = results.SelectMany(r => r.Result.Hits).ToList();
        var confirmed = hits.Where(h => !h.NeedsAdjudication && h.Adjudication!.Outcome == AdjudicationOutcome.TrueMatch).ToList();
        return new ScreeningSummary(
            hits.Count(h => h.NeedsAdjudication),
            confirmed.Count(h => h.ListId != ScreeningLists.AlliedDenials),
            confirmed.Count(h => h.ListId == ScreeningLists.AlliedDenials));
    }

    /// <summary>
    /// A case screened while the sanctions list was empty (never imported) is not "clear": it counts as one
    /// unresolved potential match until it is screened against a loaded list.
    /// </summary>
    public static ScreeningSummary SummarizeAgainstLists(IReadOnlyList<CaseScreeningResult> results)
    {
        var summary = Summarize(results);
        return ListsMissing(results) ? summary with { UnresolvedPotentialMatches = summary.UnresolvedPotentialMatches + 1 } : summary;
    }

    public static bool ListsMissing(IReadOnlyList<CaseScreeningResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Count == 0 || results.Any(r => !r.Result.Lists.Any(l => l.ListId == ScreeningLists.OfacSdn && l.EntryCount > 0));
    }

    public static ScreeningStatus StatusOf(ScreeningSummary summary, bool listsMissing = false)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (listsMissing && summary is { ConfirmedMatches: 0, AlliedDenialMatches: 0 })
        {
            return ScreeningStatus.NotScreened;
        }

        return summary switch
        {
            { ConfirmedMatches: > 0 } or { AlliedDenialMatches: > 0 } => ScreeningStatus.ConfirmedMatch,
            { UnresolvedPotentialMatches: > 0 } => ScreeningStatus.PendingAdjudication,
            _ => ScreeningStatus.Clear,
        };
    }
}

/// <summary>What screening one party found, with the adjudications remembered for it.</summary>
public sealed record CaseScreeningResult(int PartyIndex, Party Party, ScreeningResult Result);
