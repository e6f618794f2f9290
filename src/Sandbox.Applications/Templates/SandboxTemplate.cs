using System.Text.Json.Serialization;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;

namespace Sandbox.Applications.Templates;

/// <summary>A controlled test environment applicants can request, as <c>sandbox-templates/*.json</c> describes it.</summary>
public sealed record SandboxTemplate
{
    public required string Id { get; init; }

    /// <summary>The semantic version, such as <c>1.1.0</c>; several versions of one id may be on offer.</summary>
    public required string Version { get; init; }

    public required string Name { get; init; }

    public required string Purpose { get; init; }

    public required string Region { get; init; }

    public required int MaxDurationDays { get; init; }

    public required IReadOnlyList<DeploymentContext> DeploymentContexts { get; init; }

    public required IReadOnlyList<DataCategory> DataCategories { get; init; }

    /// <summary>The synthetic datasets a sandbox of this template is provisioned with.</summary>
    public IReadOnlyList<DatasetRecipe> Datasets { get; init; } = [];

    /// <summary>The conditions a sandbox runs under unless its licence says otherwise.</summary>
    public LicenceConditions DefaultConditions { get; init; } = new();

    /// <summary>The loosest conditions the environment runs under; a licence's conditions are tightened to them.</summary>
    public TemplateConditionLimits ConditionLimits { get; init; } = new();

    /// <summary>What one sandbox may use; the catalog refuses a template file without them.</summary>
    public SandboxQuotas Quotas { get; init; } = new() { StorageMegabytes = 1, QueriesPerDay = 1 };

    /// <summary>The operations offered, from <see cref="SandboxScopes.All"/>.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    [JsonIgnore]
    public TemplateVersion SemanticVersion => TemplateVersion.Parse(Version);

    /// <summary>The template's dataset named <paramref name="name"/> (ordinal), or null.</summary>
    public DatasetRecipe? Dataset(string name) => Datasets.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));

    public TemplateTerms Terms => new(Id, Name, MaxDurationDays, DeploymentContexts);
}
