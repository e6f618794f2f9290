namespace Sandbox.Oversight.Proofs;

/// <summary>
/// A proof as a third party checks it: the stored canonical JSON and hash, and whether the hash of that JSON is the
/// stored one and the statement still has that canonical form.
/// </summary>
public sealed record ProofVerification(string Id, ActivityStatement Statement, string CanonicalJson, string Sha256, bool Verified);
