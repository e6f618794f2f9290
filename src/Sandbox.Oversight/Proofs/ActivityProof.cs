namespace Sandbox.Oversight.Proofs;

/// <summary>A stored proof: the statement, its canonical JSON exactly as hashed, and the hash. Never changed once written.</summary>
public sealed record ActivityProof
{
    public required string Id { get; init; }

    public required string LicenceId { get; init; }

    public required string HolderOrganizationId { get; init; }

    /// <summary>The user who asked for it (kept for the audit trail; not part of the statement).</summary>
    public required string RequestedBy { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required ActivityStatement Statement { get; init; }

    public required string CanonicalJson { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the UTF-8 bytes of <see cref="CanonicalJson"/>.</summary>
    public required string Sha256 { get; init; }
}
