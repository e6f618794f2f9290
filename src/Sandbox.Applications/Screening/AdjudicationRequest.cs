using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Screening;

/// <summary>A regulator's decision on a hit, as submitted.</summary>
/// <param name="ScreenedName">The name that was screened.</param>
/// <param name="Country">The country it was screened with, if any.</param>
/// <param name="ListId">The hit's list.</param>
/// <param name="EntryId">The hit's entry.</param>
/// <param name="EntryHash">The <see cref="ScreeningMatch.EntryHash"/> the regulator looked at.</param>
/// <param name="Outcome">True match or false positive.</param>
/// <param name="Reason">Why, 1 to 1000 characters.</param>
public sealed record AdjudicationRequest(
    string ScreenedName,
    string? Country,
    string ListId,
    string EntryId,
    string EntryHash,
    AdjudicationOutcome Outcome,
    string Reason);
