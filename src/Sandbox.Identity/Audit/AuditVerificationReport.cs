namespace Sandbox.Identity.Audit;

/// <summary>The verification of every chain of the days <see cref="From"/> to <see cref="To"/> (UTC, inclusive).</summary>
public sealed record AuditVerificationReport(DateOnly From, DateOnly To, DateTimeOffset CheckedAt, IReadOnlyList<AuditChainReport> Chains)
{
    public bool Intact => Chains.All(c => c.Intact);

    public long EntriesChecked => Chains.Sum(c => c.EntriesChecked);

    /// <summary>Every chain's problems, in chain and sequence order.</summary>
    public IReadOnlyList<AuditProblem> Problems => Chains.SelectMany(c => c.Problems).ToList();
}
