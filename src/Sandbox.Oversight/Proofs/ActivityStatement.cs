using Sandbox.Oversight.ExitReports;

namespace Sandbox.Oversight.Proofs;

/// <summary>
/// The written proof of a sandbox's activities, as computed from the records when it was requested. Its canonical
/// JSON (<see cref="ProofCanonicalJson"/>) is what the SHA-256 covers: property order as declared here, lists sorted,
/// every time in UTC. No person is named; the holder is, since proving its activities is the point.
/// </summary>
public sealed record ActivityStatement
{
    public const string CurrentFormat = "sandbox-activity-proof.v1";

    public string Format { get; init; } = CurrentFormat;

    public required string ProofId { get; init; }

    public required string LicenceReference { get; init; }

    public required string SandboxId { get; init; }

    public required string Holder { get; init; }

    public required string PilotTitle { get; init; }

    public required DateTimeOffset PeriodFrom { get; init; }

    /// <summary>When the licence ended, or the moment of the request while it runs.</summary>
    public required DateTimeOffset PeriodTo { get; init; }

    public required string LicenceStatus { get; init; }

    public required int GatewayRequests { get; init; }

    public required int QueriesAnswered { get; init; }

    public IReadOnlyList<ConditionCount> Refusals { get; init; } = [];

    public required ExportFigures Exports { get; init; }

    public IReadOnlyList<PublicStatusChange> StatusChanges { get; init; } = [];

    public required DateTimeOffset IssuedAt { get; init; }
}
