using System.Collections.Immutable;
using OpenIddict.Abstractions;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.OpenIddict;

/// <summary>
/// OpenIddict's authorization store over the document store. Deleting an authorization (directly or
/// by pruning) deletes its tokens too, as OpenIddict's own stores do.
/// </summary>
internal sealed partial class OidcAuthorizationStore(
    DocumentSet<OidcAuthorization> authorizations,
    DocumentSet<OidcToken> tokens) : IOpenIddictAuthorizationStore<OidcAuthorization>
{
    public async ValueTask<long> CountAsync(CancellationToken cancellationToken) =>
        await authorizations.CountAsync(DocumentQuery.AcrossPartitions(), cancellationToken);

    public ValueTask CreateAsync(OidcAuthorization authorization, CancellationToken cancellationToken) =>
        authorizations.InsertAsync(authorization, options: null, cancellationToken);

    public ValueTask UpdateAsync(OidcAuthorization authorization, CancellationToken cancellationToken) =>
        authorizations.UpdateAsync(authorization, options: null, cancellationToken);

    public async ValueTask DeleteAsync(OidcAuthorization authorization, CancellationToken cancellationToken)
    {
        await authorizations.RemoveAsync(authorization, cancellationToken);
        await DeleteTokensAsync(authorization, cancellationToken);
    }

    public IAsyncEnumerable<OidcAuthorization> FindAsync(
        string? subject, string? client, string? status, string? type, ImmutableArray<string>? scopes, CancellationToken cancellationToken)
    {
        var query = OidcQueries.Matching(subject, client, status, type);
        foreach (var scope in scopes ?? [])
        {
            query = query.Where(QueryFilter.ArrayContains(OidcFields.Scopes, scope));
        }

        return authorizations.StreamAsync(query, cancellationToken);
    }

    public IAsyncEnumerable<OidcAuthorization> FindByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        authorizations.StreamAsync(OidcQueries.Where(OidcFields.ApplicationId, identifier), cancellationToken);

    public ValueTask<OidcAuthorization?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        authorizations.FindAsync(identifier, cancellationToken);

    public IAsyncEnumerable<OidcAuthorization> FindBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        authorizations.StreamAsync(OidcQueries.Where(OidcFields.Subject, subject), cancellationToken);

    public ValueTask<OidcAuthorization> InstantiateAsync(CancellationToken cancellationToken) => new(new OidcAuthorization());

    public IAsyncEnumerable<OidcAuthorization> ListAsync(int? count, int? offset, CancellationToken cancellationToken) =>
        authorizations.ListAsync(count, offset, cancellationToken);

    /// <summary>
    /// Removes, among the authorizations created before <paramref name="threshold"/>, those no longer
    /// valid (with their tokens, which the server would refuse anyway) and the ad-hoc ones that have
    /// no tokens left. Prune tokens first, as OpenIddict's pruning does, so the latter find none.
    /// </summary>
    public async ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken)
    {
        var old = OidcQueries.CreatedBefore(threshold);
        var count = await authorizations.DeleteMatchingAsync(
            old.Where(QueryFilter.NotEqual(OidcFields.Status, Statuses.Valid)), DeleteTokensAsync, cancellationToken);

        var unused = new List<OidcAuthorization>();
        var adHoc = old.Where(QueryFilter.Equal(OidcFields.Type, AuthorizationTypes.AdHoc)).Where(QueryFilter.Equal(OidcFields.Status, Statuses.Valid));
        await foreach (var authorization in authorizations.StreamAsync(adHoc, cancellationToken))
        {
            if (await tokens.CountAsync(OidcQueries.Where(OidcFields.AuthorizationId, authorization.Id), cancellationToken) == 0)
            {
                unused.Add(authorization);
            }
        }

        // A token attached between the count and the delete is left without its authorization; like
        // OpenIddict's own stores, this accepts that rare race rather than lock anything.
        foreach (var authorization in unused)
        {
            try
            {
                count += await authorizations.DeleteAsync(authorization.Id, authorization.Id, authorization.ETag, cancellationToken) ? 1 : 0;
            }
            catch (DocumentConcurrencyException)
            {
                // Changed since it was read: the next prune judges it again.
            }
        }

        return count;
    }

    public async ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken) =>
        await RevokeAsync(OidcQueries.Matching(subject, client, status, type), cancellationToken);

    public async ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        await RevokeAsync(OidcQueries.Where(OidcFields.ApplicationId, identifier), cancellationToken);

    public async ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        await RevokeAsync(OidcQueries.Where(OidcFields.Subject, subject), cancellationToken);

    private Task<long> RevokeAsync(DocumentQuery query, CancellationToken cancellationToken) =>
        authorizations.UpdateMatchingAsync(query.NotRevoked(), authorization => authorization.Status = Statuses.Revoked, _ => null, cancellationToken);

    private async Task DeleteTokensAsync(OidcAuthorization authorization, CancellationToken cancellationToken) =>
        await tokens.DeleteMatchingAsync(OidcQueries.Where(OidcFields.AuthorizationId, authorization.Id), deleted: null, cancellationToken);
}
