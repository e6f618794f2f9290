using Sandbox.Domain.Organizations;

namespace Sandbox.Domain.Applications;

/// <summary>What submission checks an application against, besides the application itself.</summary>
/// <param name="Today">The submission date (UTC), for plan dates.</param>
/// <param name="ClassificationCodes">Codes of the catalogue version in force.</param>
/// <param name="Templates">Sandbox templates on offer, by id.</param>
/// <param name="Applicant">The applicant organization.</param>
public sealed record SubmissionContext(
    DateOnly Today,
    IReadOnlySet<string> ClassificationCodes,
    IReadOnlyDictionary<string, TemplateTerms> Templates,
    Organization Applicant);

/// <summary>The limits a sandbox template sets on applications that request it.</summary>
public sealed record TemplateTerms(string Id, string Name, int MaxDurationDays, IReadOnlyList<DeploymentContext> DeploymentContexts);
