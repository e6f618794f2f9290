using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.OpenIddict;

/// <summary>
/// OpenIddict's token store over the document store. Every write of an entry with an expiration date
/// sets its time to live to <see cref="ExpiredTokenRetention"/> past that date, so expired entries
/// disappear even when nobody prunes.
/// </summary>
internal sealed partial class OidcTokenStore(
    DocumentSet<OidcToken> tokens,
    DocumentSet<OidcAuthorization> authorizations,
    IOptionsMonitor<OpenIddictCoreOptions> options) : IOpenIddictTokenStore<OidcToken>
{
    /// <summary>
    /// How long an entry outlives its expiration date. An expired token is refused on its own
    /// expiration claim, so this only has to cover clock differences between the nodes and the store.
    /// </summary>
    public static readonly TimeSpan ExpiredTokenRetention = TimeSpan.FromDays(1);

    private static readonly TimeSpan MinimumTimeToLive = TimeSpan.FromSeconds(1);

    public async ValueTask<long> CountAsync(CancellationToken cancellationToken) =>
        await tokens.CountAsync(DocumentQuery.AcrossPartitions(), cancellationToken);

    public ValueTask CreateAsync(OidcToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        return tokens.InsertAsync(token, Lifetime(token), cancellationToken);
    }

    public ValueTask UpdateAsync(OidcToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        return tokens.UpdateAsync(token, Lifetime(token), cancellationToken);
    }

    public ValueTask DeleteAsync(OidcToken token, CancellationToken cancellationToken) =>
        tokens.RemoveAsync(token, cancellationToken);

    public IAsyncEnumerable<OidcToken> FindAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken) =>
        tokens.StreamAsync(OidcQueries.Matching(subject, client, status, type), cancellationToken);

    public IAsyncEnumerable<OidcToken> FindByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        tokens.StreamAsync(OidcQueries.Where(OidcFields.ApplicationId, identifier), cancellationToken);

    public IAsyncEnumerable<OidcToken> FindByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken) =>
        tokens.StreamAsync(OidcQueries.Where(OidcFields.AuthorizationId, identifier), cancellationToken);

    public ValueTask<OidcToken?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        tokens.FindAsync(identifier, cancellationToken);

    public async ValueTask<OidcToken?> FindByReferenceIdAsync(string identifier, CancellationToken cancellationToken)
    {
        var page = await tokens.QueryAsync(OidcQueries.Where(OidcFields.ReferenceId, identifier).Take(1), cancellationToken);
        return page.Items.Count == 0 ? null : page.Items[0].Loaded();
    }

    public IAsyncEnumerable<OidcToken> FindBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        tokens.StreamAsync(OidcQueries.Where(OidcFields.Subject, subject), cancellationToken);

    public ValueTask<OidcToken> InstantiateAsync(CancellationToken cancellationToken) => new(new OidcToken());

    public IAsyncEnumerable<OidcToken> ListAsync(int? count, int? offset, CancellationToken cancellationToken) =>
        tokens.ListAsync(count, offset, cancellationToken);

    /// <summary>
    /// Removes the entries created before <paramref name="threshold"/> that are no longer valid: a
    /// status other than valid or inactive, an expiration date in the past, or an authorization that
    /// is no longer valid.
    /// </summary>
    public async ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken)
    {
        var old = OidcQueries.CreatedBefore(threshold);
        var now = options.CurrentValue.TimeProvider.GetUtcNow();
        var count = await tokens.DeleteMatchingAsync(
            old.Where(QueryFilter.NotEqual(OidcFields.Status, Statuses.Inactive)).Where(QueryFilter.NotEqual(OidcFields.Status, Statuses.Valid)),
            deleted: null, cancellationToken);
        count += await tokens.DeleteMatchingAsync(old.Where(QueryFilter.LessThan(OidcFields.ExpirationDate, now)), deleted: null, cancellationToken);

        var invalid = OidcQueries.All.Where(QueryFilter.NotEqual(OidcFields.Status, Statuses.Valid));
        var batch = new List<object>(QueryRules.MaxInValues);
        await foreach (var authorization in authorizations.StreamAsync(invalid, cancellationToken))
        {
            batch.Add(authorization.Id);
            if (batch.Count == QueryRules.MaxInValues)
            {
                count += await DeleteOldTokensOfAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        return batch.Count == 0 ? count : count + await DeleteOldTokensOfAsync(batch, cancellationToken);

        Task<long> DeleteOldTokensOfAsync(List<object> authorizationIds, CancellationToken token) =>
            tokens.DeleteMatchingAsync(old.Where(QueryFilter.In(OidcFields.AuthorizationId, [.. authorizationIds])), deleted: null, token);
    }

    public async ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken) =>
        await RevokeAsync(OidcQueries.Matching(subject, client, status, type), cancellationToken);

    public async ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        await RevokeAsync(OidcQueries.Where(OidcFields.ApplicationId, identifier), cancellationToken);

    public async ValueTask<long> RevokeByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken) =>
        await RevokeAsync(OidcQueries.Where(OidcFields.AuthorizationId, identifier), cancellationToken);

    public async ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        await RevokeAsync(OidcQueries.Where(OidcFields.Subject, subject), cancellationToken);

    private Task<long> RevokeAsync(DocumentQuery query, CancellationToken cancellationToken) =>
        tokens.UpdateMatchingAsync(query.NotRevoked(), token => token.Status = Statuses.Revoked, Lifetime, cancellationToken);

    /// <summary>The time to live that ends <see cref="ExpiredTokenRetention"/> after expiration, counted from this write.</summary>
    private WriteOptions? Lifetime(OidcToken token)
    {
        if (token.ExpirationDate is not { } expiration)
        {
            return null;
        }

        var remaining = expiration + ExpiredTokenRetention - options.CurrentValue.TimeProvider.GetUtcNow();
        return new WriteOptions { TimeToLive = remaining < MinimumTimeToLive ? MinimumTimeToLive : remaining };
    }
}
