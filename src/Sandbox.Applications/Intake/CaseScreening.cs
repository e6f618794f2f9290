using Sandbox.Applications.Screening;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Risk;
using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Intake;

/// <summary>Screens every party of an application and sums up what a regulator still has to adjudicate.</summary>
public sealed class CaseScreening(ScreeningService screening)
{
    public async Task<IReadOnlyList<CaseScreeningResult>> ScreenAsync(IReadOnlyList<Party> parties, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var results = new List<CaseScreeningResult>(parties.Count);
        for (var i = 0; i < parties.Count; i++)
        {
            var party = parties[i];
            var result = await screening.ScreenAsync(party.Name!, party.Country, cancellationToken);
            results.Add(new CaseScreeningResult(i, party, result));
        }

        return results;
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

    public static ScreeningStatus StatusOf(ScreeningSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
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
