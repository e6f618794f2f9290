namespace Sandbox.Identity.Audit;

/// <summary>One finding of <see cref="AuditChainVerifier"/>: where it is (chain, sequence, entry id), what, in words.</summary>
public sealed record AuditProblem(string Chain, long Sequence, string EntryId, AuditProblemKind Kind, string Message);
