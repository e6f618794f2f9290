namespace Sandbox.Applications.Reviews;

/// <summary>One line of the review dashboard.</summary>
/// <param name="Id">The entry code, rule id or denial id, as the renewal URL names it.</param>
/// <param name="Restricts">What stops applying when the review date passes unrenewed.</param>
/// <param name="DaysLeft">Days until the review date; negative once it passed.</param>
/// <param name="ETag">Send it as If-Match to renew.</param>
public sealed record ReviewItem(
    ReviewKind Kind,
    string Id,
    string Title,
    string Restricts,
    int? ReferenceVersion,
    DateOnly ReviewBy,
    ReviewDue Due,
    int DaysLeft,
    ReviewRenewal? LastRenewal,
    string ETag);
