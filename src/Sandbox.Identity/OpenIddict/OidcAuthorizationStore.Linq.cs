using System.Runtime.CompilerServices;

namespace Sandbox.Identity.OpenIddict;

/// <remarks>
/// The LINQ-based members cannot be translated to the document-store contract's structured
/// queries, so they run in memory over every authorization, read page by page with continuation tokens.
/// OpenIddict's own server pipeline never calls them; they suit admin tools over small sets.
/// </remarks>
internal sealed partial class OidcAuthorizationStore
{
    public async ValueTask<long> CountAsync<TResult>(Func<IQueryable<OidcAuthorization>, IQueryable<TResult>> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query(await authorizations.LoadAllAsync(cancellationToken)).LongCount();
    }

    public async ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<OidcAuthorization>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query(await authorizations.LoadAllAsync(cancellationToken), state).FirstOrDefault();
    }

    public async IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<OidcAuthorization>, TState, IQueryable<TResult>> query, TState state, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var result in query(await authorizations.LoadAllAsync(cancellationToken), state))
        {
            yield return result;
        }
    }
}
