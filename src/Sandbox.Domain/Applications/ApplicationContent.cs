namespace Sandbox.Domain.Applications;

/// <summary>
/// What an applicant fills in. Every part may be missing while it is a draft; submission
/// (<see cref="ApplicationRules.ValidateForSubmission"/>) requires it complete and consistent.
/// </summary>
public sealed record ApplicationContent
{
    public ContactPerson? Contact { get; init; }

    public SandboxPlan? Plan { get; init; }

    public IReadOnlyList<TechnologyItem> TechnologyItems { get; init; } = [];

    public EndUse? EndUse { get; init; }

    public IReadOnlyList<Party> Parties { get; init; } = [];

    public DeploymentContext? Deployment { get; init; }

    public IReadOnlyList<DataCategory> DataCategories { get; init; } = [];

    public AffectedPopulations? AffectedPopulations { get; init; }

    public ProposedSafeguards? Safeguards { get; init; }

    public int? RequestedDurationDays { get; init; }

    public string? SandboxTemplateId { get; init; }

    public ExpeditedRequest? Expedited { get; init; }

    public IReadOnlyList<AttachmentReference> Attachments { get; init; } = [];

    public static ApplicationContent Empty { get; } = new();

    public bool IsExpedited => Expedited is not null;
}
