using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Screening;

/// <summary>
/// A regulator's remembered decision on one hit: this screened name and country (<see cref="Subject"/>, the partition)
/// against this entry (<see cref="Id"/> = <c>list:entry</c>), made against the entry content <see cref="EntryHash"/>.
/// </summary>
public sealed record ScreeningAdjudication
{
    public required string Id { get; init; }

    /// <summary><see cref="ScreeningSubject.Key"/> of the screened name and country.</summary>
    public required string Subject { get; init; }

    /// <summary><see cref="ScreeningSubject.NormalizedName"/>.</summary>
    public required string ScreenedName { get; init; }

    public string? CountryKey { get; init; }

    public required string ListId { get; init; }

    public required string EntryId { get; init; }

    public required string EntryHash { get; init; }

    public required AdjudicationOutcome Outcome { get; init; }

    public required string Reason { get; init; }

    public required string AdjudicatedBy { get; init; }

    public required DateTimeOffset AdjudicatedAt { get; init; }

    public static string IdFor(string listId, string entryId) => listId + ":" + entryId;
}
