using Sandbox.Domain.Licensing;

namespace Sandbox.Oversight.ExitReports;

/// <summary>
/// What the records say about a pilot that ended, assembled once: the plan from the frozen application version, the
/// licence's conditions and history, the sandbox's activity, the incidents and the outcome.
/// </summary>
public sealed record ExitReportFacts
{
    public required string ApplicationReference { get; init; }

    public required int ApplicationVersion { get; init; }

    public string? Objectives { get; init; }

    public string? Methodology { get; init; }

    public string? EndUse { get; init; }

    /// <summary>The technologies the pilot tested, as "name: description".</summary>
    public IReadOnlyList<string> Tested { get; init; } = [];

    public IReadOnlyList<string> Milestones { get; init; } = [];

    public required string TemplateId { get; init; }

    public required DateTimeOffset ValidFrom { get; init; }

    public required DateTimeOffset ValidTo { get; init; }

    public required LicenceConditions Conditions { get; init; }

    public IReadOnlyList<ExitStatusChange> StatusChanges { get; init; } = [];

    public required SandboxActivity Activity { get; init; }

    public IReadOnlyList<ExitIncident> Incidents { get; init; } = [];

    /// <summary>The times the licence was suspended.</summary>
    public IReadOnlyList<ExitStatusChange> Suspensions { get; init; } = [];

    /// <summary>How the licence ended: Expired, Revoked, Surrendered or Superseded.</summary>
    public required string Outcome { get; init; }

    public required DateTimeOffset EndedAt { get; init; }

    public required string OutcomeReason { get; init; }
}
