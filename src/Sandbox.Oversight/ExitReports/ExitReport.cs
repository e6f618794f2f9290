namespace Sandbox.Oversight.ExitReports;

/// <summary>
/// The exit report of one licence (its id is the licence's id, so a licence has one): the facts assembled when the
/// pilot ended, the holder's narrative, the regulator's decision, and the two agreements publication needs.
/// </summary>
public sealed record ExitReport
{
    public required string Id { get; init; }

    public required string LicenceId { get; init; }

    public required string LicenceReference { get; init; }

    public required string HolderOrganizationId { get; init; }

    public required string HolderOrganizationName { get; init; }

    /// <summary>"research institution in NL": how the holder is named when it does not want its name published.</summary>
    public required string HolderGeneralized { get; init; }

    public required string PilotTitle { get; init; }

    public required DateTimeOffset AssembledAt { get; init; }

    public required ExitReportFacts Facts { get; init; }

    /// <summary>
    /// The people the records name (the application's contact and submitter, the regulators who decided and changed the licence, by name and user id):
    /// removed from every text of the public form. Never shown there.
    /// </summary>
    public IReadOnlyList<string> PersonalNames { get; init; } = [];

    public ExitNarrative Narrative { get; init; } = ExitNarrative.Empty;

    public ExitReportStatus Status { get; init; } = ExitReportStatus.Draft;

    public string? ReturnReason { get; init; }

    public PublicationConsent? Consent { get; init; }

    public PublicationApproval? Approval { get; init; }

    /// <summary>Set when both agreed; cleared when the holder withdraws its consent.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>True while published: indexed, so the public list is one query.</summary>
    public bool Published { get; init; }

    public IReadOnlyList<ExitReportStep> History { get; init; } = [];

    public bool BothAgree => Status == ExitReportStatus.Accepted && Consent is { Given: true } && Approval is not null;

    public ExitReport Step(string step, string actorId, DateTimeOffset at, string? reason = null) =>
        this with { History = [.. History, new ExitReportStep(at, step, actorId, reason)] };

    /// <summary>Publication follows the two agreements: published once both hold, withdrawn when either stops.</summary>
    public ExitReport WithPublication(DateTimeOffset at) =>
        BothAgree ? this with { Published = true, PublishedAt = PublishedAt ?? at } : this with { Published = false, PublishedAt = null };
}
