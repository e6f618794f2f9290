using Sandbox.Domain.Applications;

namespace Sandbox.Domain.Risk;

/// <summary>
/// A safeguard is credited only when the pilot handles any of <paramref name="DataCategories"/> or runs in any of
/// <paramref name="DeploymentContexts"/>: informed consent means nothing for a lab run on synthetic data.
/// </summary>
public sealed record CreditPrecondition(IReadOnlyList<DataCategory> DataCategories, IReadOnlyList<DeploymentContext> DeploymentContexts);
