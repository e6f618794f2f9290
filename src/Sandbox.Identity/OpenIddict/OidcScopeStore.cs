using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using OpenIddict.Abstractions;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Identity.OpenIddict;

/// <summary>
/// OpenIddict's scope store over the document store. Names are unique through
/// <see cref="OidcUniqueKey"/> claims; lookups by resource are ARRAY_CONTAINS queries.
/// </summary>
internal sealed partial class OidcScopeStore(DocumentSet<OidcScope> scopes, OidcUniqueKeys keys) : IOpenIddictScopeStore<OidcScope>
{
    private readonly OidcUniqueWriter<OidcScope> _writer = new(
        scopes, keys, "scope", name => $"A scope with the name '{name}' already exists.");

    public async ValueTask<long> CountAsync(CancellationToken cancellationToken) =>
        await scopes.CountAsync(DocumentQuery.AcrossPartitions(), cancellationToken);

    public ValueTask CreateAsync(OidcScope scope, CancellationToken cancellationToken) => _writer.CreateAsync(scope, cancellationToken);

    public ValueTask UpdateAsync(OidcScope scope, CancellationToken cancellationToken) => _writer.UpdateAsync(scope, cancellationToken);

    public ValueTask DeleteAsync(OidcScope scope, CancellationToken cancellationToken) => _writer.DeleteAsync(scope, cancellationToken);

    public ValueTask<OidcScope?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        scopes.FindAsync(identifier, cancellationToken);

    public ValueTask<OidcScope?> FindByNameAsync(string name, CancellationToken cancellationToken) => _writer.FindAsync(name, cancellationToken);

    public IAsyncEnumerable<OidcScope> FindByNamesAsync(ImmutableArray<string> names, CancellationToken cancellationToken)
    {
        if (names.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("Scope names cannot be null or empty.", nameof(names));
        }

        return ExecuteAsync(cancellationToken);

        async IAsyncEnumerable<OidcScope> ExecuteAsync([EnumeratorCancellation] CancellationToken token)
        {
            foreach (var chunk in names.Distinct(StringComparer.Ordinal).Chunk(QueryRules.MaxInValues))
            {
                var query = DocumentQuery.AcrossPartitions().Where(QueryFilter.In(OidcFields.Name, chunk)).Take(DocumentQuery.MaxPageSize);
                await foreach (var scope in scopes.StreamAsync(query, token))
                {
                    yield return scope;
                }
            }
        }
    }

    public IAsyncEnumerable<OidcScope> FindByResourceAsync(string resource, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(resource);
        return scopes.StreamAsync(
            DocumentQuery.AcrossPartitions().Where(QueryFilter.ArrayContains(OidcFields.Resources, resource)), cancellationToken);
    }

    public ValueTask<OidcScope> InstantiateAsync(CancellationToken cancellationToken) => new(new OidcScope());

    public IAsyncEnumerable<OidcScope> ListAsync(int? count, int? offset, CancellationToken cancellationToken) =>
        scopes.ListAsync(count, offset, cancellationToken);
}
