namespace Sandbox.Oversight.Misuse;

/// <summary>
/// A report of suspected misuse of a licensed technology or a breach of a licence's conditions. The workflow instance
/// <c>misuse-{Id}</c> carries the process; this document carries what was reported and what came of it, for queues
/// and the transparency report. Reporter details never leave the regulators' side.
/// </summary>
public sealed record MisuseReport
{
    public required string Id { get; init; }

    /// <summary><c>MIS-2026-000123</c>.</summary>
    public required string Reference { get; init; }

    public required MisuseSource Source { get; init; }

    public required MisuseAllegation Allegation { get; init; }

    /// <summary>What the reporter says happened, as written (1 to 8,000 characters).</summary>
    public required string Description { get; init; }

    /// <summary>The licence the reporter names, if any (a reference such as <c>SBX-2026-000123</c>); triage decides the link.</summary>
    public string? ReportedLicenceReference { get; init; }

    /// <summary>The holder of the licence the reporter named, if it exists: its people do not read the report as regulators.</summary>
    public string? NamedHolderOrganizationId { get; init; }

    /// <summary>The organization or technology the reporter names when no licence is known.</summary>
    public string? ReportedParty { get; init; }

    public DateTimeOffset? ObservedAt { get; init; }

    public IReadOnlyList<MisuseEvidenceReference> Evidence { get; init; } = [];

    /// <summary>The signed-in reporter; null for anonymous and telemetry reports.</summary>
    public string? ReporterUserId { get; init; }

    public string? ReporterOrganizationId { get; init; }

    /// <summary>SHA-256 of the anonymous reporter's follow-up key, shown to them once.</summary>
    public string? FollowUpKeyHash { get; init; }

    /// <summary>The sandbox the report concerns, when known (reports raised by its gateway telemetry).</summary>
    public string? SandboxId { get; init; }

    /// <summary>For reports raised by gateway telemetry: the refusals that crossed the threshold.</summary>
    public TelemetryFacts? Telemetry { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public MisuseStatus Status { get; init; } = MisuseStatus.Triage;

    public MisuseSeverity? Severity { get; init; }

    /// <summary>Set at triage: the licence the report concerns, and so its holder.</summary>
    public string? LicenceId { get; init; }

    public string? LicenceReference { get; init; }

    public string? HolderOrganizationId { get; init; }

    public DateTimeOffset? TriagedAt { get; init; }

    /// <summary>True once triage or investigation overran its clock and a senior regulator was asked to act.</summary>
    public bool Escalated { get; init; }

    public IReadOnlyList<HolderStatement> HolderStatements { get; init; } = [];

    public MisuseResponse? Response { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }
}

public enum MisuseSource
{
    SignedIn,
    Anonymous,
    GatewayTelemetry,

    /// <summary>What the holder is told of a report from a person: whether it was anonymous is not its business.</summary>
    Person,
}

public enum MisuseAllegation
{
    MisuseOfTechnology,
    BreachOfConditions,
    Other,
}

public enum MisuseStatus
{
    Triage,
    Investigation,
    AwaitingHolder,
    Closed,
}

public enum MisuseSeverity
{
    Low,
    Medium,
    High,
    Critical,
}

/// <summary>What came of a report: proportionate to what the investigation found.</summary>
public enum MisuseResponse
{
    Dismissed,
    NoAction,
    Warning,
    AddedConditions,
    Suspension,
    Revocation,
}

public sealed record MisuseEvidenceReference(string Id, string FileName, string ContentType, long Size, string Sha256);

/// <summary>The holder's side, as written, with who wrote it and when.</summary>
public sealed record HolderStatement(DateTimeOffset At, string UserId, string Text);

/// <param name="Conditions">Refusals by condition within the window.</param>
public sealed record TelemetryFacts(string SandboxId, DateTimeOffset WindowStart, TimeSpan Window, int Refusals, IReadOnlyDictionary<string, int> Conditions);
