namespace Sandbox.Oversight.Proofs;

public static class ProofAuditEvents
{
    public const string Issued = "oversight.activity-proof.issued";
}
