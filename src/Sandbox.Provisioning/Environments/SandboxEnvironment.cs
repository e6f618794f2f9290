using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;

namespace Sandbox.Provisioning.Environments;

/// <summary>
/// A controlled test environment provisioned for one licence from one template version. Its id is derived from the
/// licence reference (<see cref="SandboxIds"/>), so provisioning the same licence twice finds the same environment.
/// </summary>
public sealed record SandboxEnvironment
{
    public required string Id { get; init; }

    public required string LicenceId { get; init; }

    public required string LicenceReference { get; init; }

    public required string HolderOrganizationId { get; init; }

    public required string HolderOrganizationName { get; init; }

    public required string PilotTitle { get; init; }

    public required string TemplateId { get; init; }

    public required string TemplateVersion { get; init; }

    public required string TemplateName { get; init; }

    /// <summary>Where data and compute stay: the licence's localization region, else the template's.</summary>
    public required string Region { get; init; }

    public required SandboxStatus Status { get; init; }

    public required IReadOnlyList<SandboxDataset> Datasets { get; init; }

    /// <summary>The licence's conditions tightened to the template's limits: what the gateway enforces.</summary>
    public required LicenceConditions Conditions { get; init; }

    public required SandboxQuotas Quotas { get; init; }

    /// <summary>Operations offered by the template, such as <c>query</c> and <c>export-request</c>.</summary>
    public required IReadOnlyList<string> OfferedOperations { get; init; }

    /// <summary>People who may reach the gateway with their own token (authorization code + PKCE).</summary>
    public required IReadOnlyList<string> NamedResearchers { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Increments each time credentials are issued (provisioning, reinstatement); 0 before the first.</summary>
    public int CredentialGeneration { get; init; }

    public bool ClientsEnabled { get; init; }

    public DateTimeOffset? PurgeDueAt { get; init; }

    /// <summary>Every provisioning and access step, oldest first.</summary>
    public IReadOnlyList<SandboxOperation> History { get; init; } = [];

    public SandboxEnvironment Record(DateTimeOffset at, string step, string outcome, string detail, string actor = "system") =>
        this with { History = [.. History, new SandboxOperation(at, step, outcome, detail, actor)] };

    /// <summary>The environment with that dataset marked complete; null when it is already, or unknown.</summary>
    public SandboxEnvironment? WithDatasetComplete(string name) =>
        Dataset(name) is { Complete: false } done ? this with { Datasets = [.. Datasets.Select(d => ReferenceEquals(d, done) ? d with { Complete = true } : d)] } : null;

    public SandboxDataset? Dataset(string name) => Datasets.FirstOrDefault(d => string.Equals(d.Recipe.Name, name, StringComparison.Ordinal));
}
