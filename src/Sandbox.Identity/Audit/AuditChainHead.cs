using Sandbox.Storage.Documents;

namespace Sandbox.Identity.Audit;

/// <summary>
/// The highest sequence and hash a chain reached (id = the chain), updated after each append. It lets verification
/// notice entries removed from the end of a chain, which the links alone cannot show.
/// </summary>
public sealed record AuditChainHead(string Id, string Day, long Sequence, string Hash, DateTimeOffset UpdatedAt)
{
    public static ContainerDefinition Container { get; } = new("audit-heads", "/day");
}
