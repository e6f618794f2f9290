using Sandbox.Applications.Access;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Risk;

namespace Sandbox.Web.Api;

/// <summary>
/// An application as the API shows it. The applicant organization sees its draft; regulators and
/// auditors see the case details (tier, assessment, screening, SLA). Applicants never see screening
/// state, so a listed party cannot learn it is being looked at.
/// </summary>
public sealed record ApplicationResource(
    string Id,
    string Reference,
    string OrganizationId,
    string OrganizationName,
    ApplicationStatus Status,
    int VersionCount,
    bool HasPendingAmendment,
    string? Title,
    EndUseCategory? EndUseCategory,
    bool IsExpedited,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? LastSubmittedAt,
    ApplicationContent? Draft,
    CaseDetails? Case)
{
    public static ApplicationResource From(PilotApplication application, CaseActor actor)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(actor);
        var own = actor.BelongsTo(application.OrganizationId);
        return new ApplicationResource(
            application.Id, application.Reference, application.OrganizationId, application.OrganizationName, application.Status,
            application.VersionCount, application.HasPendingAmendment, application.Title, application.EndUseCategory, application.IsExpedited,
            application.CreatedAt, application.UpdatedAt, application.SubmittedAt, application.LastSubmittedAt,
            own ? application.Draft : null,
            actor.MayReadCase(application) ? CaseDetails.From(application) : null);
    }
}

/// <summary>What regulators see of a case beyond the application itself.</summary>
public sealed record CaseDetails(
    int? Tier, RiskAssessment? Assessment, ScreeningStatus ScreeningStatus, DateTimeOffset? SlaDueAt, IReadOnlyList<ReReviewFlag> ReReview, string? WithdrawalReason)
{
    public static CaseDetails From(PilotApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return new(application.Tier, application.Assessment, application.ScreeningStatus, application.SlaDueAt, application.ReReview, application.WithdrawalReason);
    }
}

/// <summary>One row of a list of applications.</summary>
public sealed record ApplicationSummary(
    string Id,
    string Reference,
    string OrganizationName,
    ApplicationStatus Status,
    string? Title,
    EndUseCategory? EndUseCategory,
    bool IsExpedited,
    int VersionCount,
    bool HasPendingAmendment,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LastSubmittedAt,
    int? Tier,
    DateTimeOffset? SlaDueAt,
    ScreeningStatus? ScreeningStatus,
    bool? NeedsReReview)
{
    public static ApplicationSummary From(PilotApplication application, CaseActor actor)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(actor);
        var regulator = actor.MayReadCase(application);
        return new ApplicationSummary(
            application.Id, application.Reference, application.OrganizationName, application.Status, application.Title, application.EndUseCategory,
            application.IsExpedited, application.VersionCount, application.HasPendingAmendment, application.UpdatedAt, application.LastSubmittedAt,
            regulator ? application.Tier : null, regulator ? application.SlaDueAt : null,
            regulator ? application.ScreeningStatus : null, regulator ? application.NeedsReReview : null);
    }
}

public sealed record ApplicationPage(IReadOnlyList<ApplicationSummary> Items, string? ContinuationToken);

public sealed record WithdrawalRequest(string? Reason);
