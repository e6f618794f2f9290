using Sandbox.Domain.Applications;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Organizations;
using Sandbox.Storage.Documents;

namespace Sandbox.Licensing.Cases;

/// <summary>The application, its latest version and its organization, as the system (not a person) reads them.</summary>
public sealed class CaseFiles(DocumentSet<PilotApplication> applications, DocumentSet<ApplicationVersion> versions, OrganizationDirectory organizations)
{
    public async Task<(PilotApplication Application, ApplicationVersion Version, Organization Organization)> LatestAsync(string applicationId, CancellationToken cancellationToken)
    {
        var application = (await applications.ReadAsync(applicationId, applicationId, cancellationToken))?.Value
            ?? throw new InvalidOperationException($"Application '{applicationId}' does not exist.");
        var version = (await versions.ReadAsync(applicationId, ApplicationVersion.IdFor(applicationId, application.VersionCount), cancellationToken))?.Value
            ?? throw new InvalidOperationException($"Application {application.Reference} has no submitted version.");
        var organization = (await organizations.GetAsync(application.OrganizationId, cancellationToken))?.Value
            ?? throw new InvalidOperationException($"The organization of {application.Reference} is not registered.");
        return (application, version, organization);
    }

    public async Task<PilotApplication?> ApplicationAsync(string applicationId, CancellationToken cancellationToken) =>
        (await applications.ReadAsync(applicationId, applicationId, cancellationToken))?.Value;

    public async Task<IReadOnlyList<Organization>> AlliedAuthoritiesAsync(CancellationToken cancellationToken) =>
        (await organizations.ListAsync(cancellationToken)).Where(o => o.Type == OrganizationType.AlliedAuthority).ToList();
}
