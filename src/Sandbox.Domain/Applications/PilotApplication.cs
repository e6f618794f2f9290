using Sandbox.Domain.Risk;

namespace Sandbox.Domain.Applications;

/// <summary>
/// A pilot application: the case file the applicant's organization owns. The working <see cref="Draft"/>
/// is saved as the applicant goes; each submission freezes it as a numbered <see cref="ApplicationVersion"/>.
/// The queue fields (title, tier, SLA, screening status) describe the latest submitted version.
/// </summary>
public sealed record PilotApplication
{
    public required string Id { get; init; }

    public required string Reference { get; init; }

    public required string OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public ApplicationStatus Status { get; init; }

    /// <summary>The working copy; null once submitted until the applicant starts an amendment.</summary>
    public ApplicationContent? Draft { get; init; }

    public int VersionCount { get; init; }

    public string? Title { get; init; }

    public EndUseCategory? EndUseCategory { get; init; }

    public bool IsExpedited { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public DateTimeOffset? LastSubmittedAt { get; init; }

    public DateTimeOffset? SlaDueAt { get; init; }

    /// <summary>1–4 once assessed; kept beside <see cref="Assessment"/> so the queue can filter on it.</summary>
    public int? Tier { get; init; }

    public RiskAssessment? Assessment { get; init; }

    public ScreeningStatus ScreeningStatus { get; init; }

    public IReadOnlyList<string> ClassificationCodes { get; init; } = [];

    public IReadOnlyList<ReReviewFlag> ReReview { get; init; } = [];

    public string? WithdrawalReason { get; init; }

    public bool HasPendingAmendment => VersionCount > 0 && Draft is not null;

    /// <summary>Stored with the document so the queue can filter on it.</summary>
    public bool NeedsReReview => ReReview.Count > 0;

    public static PilotApplication StartDraft(string id, string reference, string organizationId, string organizationName, string userId, ApplicationContent content, DateTimeOffset at) => new()
    {
        Id = id,
        Reference = reference,
        OrganizationId = organizationId,
        OrganizationName = organizationName,
        CreatedBy = userId,
        CreatedAt = at,
        UpdatedAt = at,
        Status = ApplicationStatus.Draft,
        Draft = content,
        Title = content.Plan?.Title,
    };

    /// <summary>Saves the working copy; after a submission this starts or continues an amendment.</summary>
    public PilotApplication SaveDraft(ApplicationContent content, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureOpen();
        return this with { Draft = content, UpdatedAt = at, Title = VersionCount == 0 ? content.Plan?.Title : Title };
    }

    /// <summary>The content an amendment starts from: the pending draft, or else the latest version's.</summary>
    public ApplicationContent WorkingCopy(ApplicationContent? latestVersion) => Draft ?? latestVersion ?? ApplicationContent.Empty;

    public PilotApplication RecordSubmission(ApplicationVersion version, DateTimeOffset slaDueAt, ScreeningStatus screening)
    {
        ArgumentNullException.ThrowIfNull(version);
        EnsureOpen();
        if (version.Number != VersionCount + 1)
        {
            throw new InvalidOperationException($"Version {version.Number} does not follow version {VersionCount}.");
        }

        return this with
        {
            Status = ApplicationStatus.Submitted,
            Draft = null,
            VersionCount = version.Number,
            Title = version.Content.Plan?.Title,
            EndUseCategory = version.Content.EndUse?.Category,
            IsExpedited = version.Content.IsExpedited,
            SubmittedAt = SubmittedAt ?? version.SubmittedAt,
            LastSubmittedAt = version.SubmittedAt,
            UpdatedAt = version.SubmittedAt,
            SlaDueAt = slaDueAt,
            Assessment = version.Assessment,
            Tier = (int)version.Assessment.Tier,
            ScreeningStatus = screening,
            ClassificationCodes = version.Content.TechnologyItems.Select(i => i.ClassificationCode!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            ReReview = [],
        };
    }

    /// <summary>
    /// A new assessment of the same version, after screening was adjudicated; the review clock follows the new tier.
    /// <see cref="UpdatedAt"/> is left alone: it is the applicant's, and must not tell them a regulator looked.
    /// </summary>
    public PilotApplication Reassess(RiskAssessment assessment, ScreeningStatus screening, DateTimeOffset slaDueAt) =>
        this with { Assessment = assessment, Tier = (int)assessment.Tier, ScreeningStatus = screening, SlaDueAt = slaDueAt };

    public PilotApplication FlagForReReview(ReReviewFlag flag) =>
        ReReview.Any(f => f.ClassificationCode == flag.ClassificationCode && f.CatalogueVersion == flag.CatalogueVersion) ? this : this with { ReReview = [.. ReReview, flag] };

    public PilotApplication Withdraw(string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureOpen();
        return this with { Status = ApplicationStatus.Withdrawn, WithdrawalReason = reason.Trim(), UpdatedAt = at };
    }

    private void EnsureOpen()
    {
        if (Status == ApplicationStatus.Withdrawn)
        {
            throw new InvalidOperationException($"Application {Reference} was withdrawn; start a new one.");
        }
    }
}
