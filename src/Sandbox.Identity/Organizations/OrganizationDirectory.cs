using Sandbox.Domain.Organizations;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Identity.Organizations;

/// <summary>Registers organizations and records their verification, each change audited.</summary>
public sealed class OrganizationDirectory(DocumentSet<Organization> organizations, AuditLog audit, TimeProvider time)
{
    public static ContainerDefinition Container { get; } = new("organizations", "/id", ["type", "country", "name"]);

    public async Task<Organization> RegisterAsync(string name, OrganizationType type, CountryCode country, string registeredBy, CancellationToken cancellationToken = default)
    {
        var organization = Organization.Register(Guid.NewGuid().ToString("N"), name, type, country, time.GetUtcNow());
        await organizations.CreateAsync(organization, cancellationToken: cancellationToken);
        await audit.AppendAsync(AuditEventTypes.OrganizationRegistered, registeredBy, organization.Id, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["name"] = organization.Name, ["type"] = type.ToString(), ["country"] = country.Value }, cancellationToken);
        return organization;
    }

    public async Task<Versioned<Organization>?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        string.IsNullOrEmpty(id) ? null : await organizations.ReadAsync(id, id, cancellationToken);

    public async Task<IReadOnlyList<Organization>> ListAsync(CancellationToken cancellationToken = default)
    {
        var query = DocumentQuery.AcrossPartitions().Sorted(SortOrder.Ascending("name")).Take(DocumentQuery.MaxPageSize);
        return await organizations.QueryAllAsync(query, cancellationToken).Select(i => i.Value).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Applies an administrator's verification decision to the version the administrator saw
    /// (<paramref name="etag"/>); a concurrent change is refused, not overwritten.
    /// </summary>
    public async Task<Versioned<Organization>> VerifyAsync(
        string id, string etag, OrganizationStatus status, string administratorId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var current = await GetAsync(id, cancellationToken) ?? throw new DocumentNotFoundException(Container.Name, id, id);
        var verification = new Verification(administratorId, time.GetUtcNow(), reason.Trim());
        var verified = status == OrganizationStatus.VerifiedHumanitarian
            ? current.Value.VerifyHumanitarian(verification)
            : current.Value.VerifyPartner(verification);
        var saved = await organizations.ReplaceAsync(verified, etag, cancellationToken: cancellationToken);
        await audit.AppendAsync(AuditEventTypes.OrganizationVerified, administratorId, id, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["status"] = status.ToString(), ["reason"] = verification.Reason }, cancellationToken);
        return saved;
    }
}
