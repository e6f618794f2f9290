using System.Runtime.CompilerServices;

namespace Sandbox.Identity.OpenIddict;

/// <remarks>
/// The LINQ-based members cannot be translated to the document-store contract's structured
/// queries, so they run in memory over every scope, read page by page with continuation tokens.
/// OpenIddict's own server pipeline never calls them; they suit admin tools over small sets.
/// </remarks>
internal sealed partial class OidcScopeStore
{
    public async ValueTask<long> CountAsync<TResult>(Func<IQueryable<OidcScope>, IQueryable<TResult>> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query(await scopes.LoadAllAsync(cancellationToken)).LongCount();
    }

    public async ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<OidcScope>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query(await scopes.LoadAllAsync(cancellationToken), state).FirstOrDefault();
    }

    public async IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<OidcScope>, TState, IQueryable<TResult>> query, TState state, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var result in query(await scopes.LoadAllAsync(cancellationToken), state))
        {
            yield return result;
        }
    }
}
