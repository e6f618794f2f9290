using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Screening;

/// <summary>
/// The adjudication a hit carries. <see cref="ETag"/> is what a regulator sends back to adjudicate again
/// (<see cref="ScreeningAdjudications.AdjudicateAsync"/>); <see cref="EntryHash"/> is the entry content it was made against.
/// </summary>
public sealed record RememberedAdjudication(
    AdjudicationOutcome Outcome,
    string Reason,
    string AdjudicatedBy,
    DateTimeOffset AdjudicatedAt,
    string EntryHash,
    string ETag);
