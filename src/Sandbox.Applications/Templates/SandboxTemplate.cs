using Sandbox.Domain.Applications;

namespace Sandbox.Applications.Templates;

/// <summary>A controlled test environment applicants can request, as <c>sandbox-templates/*.json</c> describes it.</summary>
public sealed record SandboxTemplate
{
    public required string Id { get; init; }

    public required string Version { get; init; }

    public required string Name { get; init; }

    public required string Purpose { get; init; }

    public required string Region { get; init; }

    public required int MaxDurationDays { get; init; }

    public required IReadOnlyList<DeploymentContext> DeploymentContexts { get; init; }

    public required IReadOnlyList<DataCategory> DataCategories { get; init; }

    public TemplateTerms Terms => new(Id, Name, MaxDurationDays, DeploymentContexts);
}
