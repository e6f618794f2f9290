using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Screening;

/// <summary>
/// One hit of <see cref="ScreeningService.ScreenAsync"/>: the listed entry, how well it matched, the entry's content
/// hash, and the adjudication remembered for this screened name and country against this entry, if any.
/// </summary>
public sealed record ScreeningMatch(
    ListedParty Entry,
    string MatchedName,
    bool MatchedAlias,
    double Score,
    double NameScore,
    bool SupportingCountry,
    bool HighConfidence,
    string EntryHash,
    RememberedAdjudication? Adjudication,
    AdjudicationState AdjudicationState)
{
    public string ListId => Entry.ListId;

    public string EntryId => Entry.EntryId;

    /// <summary>The entry's primary name (<see cref="MatchedName"/> may be an alias).</summary>
    public string ListedName => Entry.Name;

    /// <summary>True unless a still-valid adjudication is remembered.</summary>
    public bool NeedsAdjudication => AdjudicationState != AdjudicationState.Remembered;
}
