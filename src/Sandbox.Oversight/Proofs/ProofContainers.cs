using Sandbox.Storage.Documents;

namespace Sandbox.Oversight.Proofs;

public static class ProofContainers
{
    public static ContainerDefinition Proofs { get; } = new("activity-proofs", "/id", ["licenceId", "issuedAt"]);
}
