namespace Sandbox.Identity.Audit;

/// <summary>
/// The verification of one chain: the entries read, the last sequence found, what its head recorded (null when the
/// chain has no head) and the problems, at most <see cref="AuditChainVerifier.MaxProblemsPerChain"/> of them.
/// </summary>
public sealed record AuditChainReport(
    string Chain,
    DateOnly Day,
    int Shard,
    long EntriesChecked,
    long LastSequence,
    long? HeadSequence,
    string? HeadHash,
    IReadOnlyList<AuditProblem> Problems,
    long OmittedProblems)
{
    public bool Intact => Problems.Count == 0;
}
