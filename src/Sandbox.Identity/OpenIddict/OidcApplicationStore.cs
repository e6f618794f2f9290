using OpenIddict.Abstractions;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Identity.OpenIddict;

/// <summary>
/// OpenIddict's application store over the document store. Client ids are unique through
/// <see cref="OidcUniqueKey"/> claims, which also make <see cref="FindByClientIdAsync"/> two point reads;
/// redirect URI lookups are ARRAY_CONTAINS queries. Deleting an application deletes its
/// authorizations and tokens, as OpenIddict's own stores do.
/// </summary>
internal sealed partial class OidcApplicationStore(
    DocumentSet<OidcApplication> applications,
    DocumentSet<OidcAuthorization> authorizations,
    DocumentSet<OidcToken> tokens,
    OidcUniqueKeys keys) : IOpenIddictApplicationStore<OidcApplication>
{
    private readonly OidcUniqueWriter<OidcApplication> _writer = new(
        applications, keys, "client", clientId => $"An application with the client identifier '{clientId}' already exists.");

    public async ValueTask<long> CountAsync(CancellationToken cancellationToken) =>
        await applications.CountAsync(DocumentQuery.AcrossPartitions(), cancellationToken);

    public ValueTask CreateAsync(OidcApplication application, CancellationToken cancellationToken) =>
        _writer.CreateAsync(application, cancellationToken);

    public ValueTask UpdateAsync(OidcApplication application, CancellationToken cancellationToken) =>
        _writer.UpdateAsync(application, cancellationToken);

    public async ValueTask DeleteAsync(OidcApplication application, CancellationToken cancellationToken)
    {
        await _writer.DeleteAsync(application, cancellationToken);
        var owned = DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal(OidcFields.ApplicationId, application.Id));
        await tokens.DeleteMatchingAsync(owned, deleted: null, cancellationToken);
        await authorizations.DeleteMatchingAsync(owned, deleted: null, cancellationToken);
    }

    public ValueTask<OidcApplication?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        applications.FindAsync(identifier, cancellationToken);

    public ValueTask<OidcApplication?> FindByClientIdAsync(string identifier, CancellationToken cancellationToken) =>
        _writer.FindAsync(identifier, cancellationToken);

    public IAsyncEnumerable<OidcApplication> FindByPostLogoutRedirectUriAsync(string uri, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(uri);
        return applications.StreamAsync(
            DocumentQuery.AcrossPartitions().Where(QueryFilter.ArrayContains(OidcFields.PostLogoutRedirectUris, uri)), cancellationToken);
    }

    public IAsyncEnumerable<OidcApplication> FindByRedirectUriAsync(string uri, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(uri);
        return applications.StreamAsync(
            DocumentQuery.AcrossPartitions().Where(QueryFilter.ArrayContains(OidcFields.RedirectUris, uri)), cancellationToken);
    }

    public ValueTask<OidcApplication> InstantiateAsync(CancellationToken cancellationToken) => new(new OidcApplication());

    public IAsyncEnumerable<OidcApplication> ListAsync(int? count, int? offset, CancellationToken cancellationToken) =>
        applications.ListAsync(count, offset, cancellationToken);
}
