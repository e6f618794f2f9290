using Sandbox.Domain.Applications;

namespace Sandbox.Applications.Intake;

/// <summary>What a list of applications is narrowed to; every part is optional.</summary>
public sealed record ApplicationFilter
{
    public ApplicationStatus? Status { get; init; }

    public int? Tier { get; init; }

    public EndUseCategory? Category { get; init; }

    public DateTimeOffset? DueBefore { get; init; }

    public bool? Expedited { get; init; }

    public ScreeningStatus? Screening { get; init; }

    public bool? NeedsReReview { get; init; }

    /// <summary>By default the SLA clock for case readers, the latest change for applicants (drafts have no SLA).</summary>
    public ApplicationSort? Sort { get; init; }

    public int PageSize { get; init; } = 50;

    public string? ContinuationToken { get; init; }

    public const int MaxPageSize = 200;
}
