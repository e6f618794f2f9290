namespace Sandbox.Applications.Reviews;

/// <summary>One renewal: the review date moved from <paramref name="PreviousReviewBy"/> to <paramref name="ReviewBy"/>, by whom, when and why.</summary>
public sealed record ReviewRenewal(DateOnly PreviousReviewBy, DateOnly ReviewBy, string Reason, string RenewedBy, DateTimeOffset RenewedAt);
