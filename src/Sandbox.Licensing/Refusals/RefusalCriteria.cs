using Sandbox.Applications.Reference;
using Sandbox.Domain.Licensing;

namespace Sandbox.Licensing.Refusals;

/// <summary>The coded refusal criteria regulators cite, versioned on the store (version 1 seeded from <c>Seed/refusal-criteria-v1.json</c>).</summary>
public sealed class RefusalCriteria(ReferenceVersions<RefusalCatalogue> versions)
{
    public const string ContainerName = "refusal-criteria";

    public const string SeedResource = "Sandbox.Licensing.Seed.refusal-criteria-v1.json";

    public async Task<RefusalCatalogue> InForceAsync(CancellationToken cancellationToken = default) =>
        (await versions.InForceAsync(cancellationToken)).Content;
}
