using System.Reflection;
using System.Text.Json;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Applications.Reference;

/// <summary>
/// Versioned reference data on the store. The version in force is the highest whose effective date has come;
/// an empty store gets version 1 from the seed file shipped in this assembly (every node may try, one wins).
/// </summary>
public sealed class ReferenceVersions<T>(DocumentSet<ReferenceVersion<T>> versions, TimeProvider time, string seedResource, Func<T, (int Version, DateTimeOffset EffectiveFrom)> describe, Assembly? seedAssembly = null)
    where T : class
{
    private volatile bool _seeded;

    public async Task<ReferenceVersion<T>> InForceAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSeededAsync(cancellationToken);
        var query = DocumentQuery.AcrossPartitions().Where(QueryFilter.AtMost("effectiveFrom", time.GetUtcNow()))
            .Sorted(SortOrder.DescendingBy("version")).Take(1);
        var page = await versions.QueryAsync(query, cancellationToken);
        return page.Items.Count > 0 ? page.Items[0].Value : await GetRequiredAsync(1, cancellationToken);
    }

    public async Task<ReferenceVersion<T>?> LatestAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSeededAsync(cancellationToken);
        var page = await versions.QueryAsync(DocumentQuery.AcrossPartitions().Sorted(SortOrder.DescendingBy("version")).Take(1), cancellationToken);
        return page.Items.Count > 0 ? page.Items[0].Value : null;
    }

    public async Task<ReferenceVersion<T>?> GetAsync(int version, CancellationToken cancellationToken = default)
    {
        await EnsureSeededAsync(cancellationToken);
        var id = ReferenceIds.For(version);
        return (await versions.ReadAsync(id, id, cancellationToken))?.Value;
    }

    public async Task<IReadOnlyList<ReferenceVersion<T>>> ListAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSeededAsync(cancellationToken);
        var query = DocumentQuery.AcrossPartitions().Sorted(SortOrder.DescendingBy("version")).Take(DocumentQuery.MaxPageSize);
        return await versions.QueryAllAsync(query, cancellationToken).Select(v => v.Value).ToListAsync(cancellationToken);
    }

    /// <summary>Stores the next version; a concurrent publication of the same number is refused with a conflict.</summary>
    public async Task<ReferenceVersion<T>> PublishAsync(T content, string publishedBy, CancellationToken cancellationToken = default)
    {
        var (version, effectiveFrom) = describe(content);
        var stored = new ReferenceVersion<T>(ReferenceIds.For(version), version, effectiveFrom.ToUniversalTime(), time.GetUtcNow(), publishedBy, content);
        await versions.CreateAsync(stored, cancellationToken: cancellationToken);
        return stored;
    }

    private async Task<ReferenceVersion<T>> GetRequiredAsync(int version, CancellationToken cancellationToken) =>
        await GetAsync(version, cancellationToken) ?? throw new InvalidOperationException($"Reference data version {version} is missing from {versions.Container.Definition.Name}.");

    private async Task EnsureSeededAsync(CancellationToken cancellationToken)
    {
        var id = ReferenceIds.For(1);
        if (_seeded || await versions.ReadAsync(id, id, cancellationToken) is not null)
        {
            _seeded = true;
            return;
        }

        var seed = ReadSeed();
        var (version, effectiveFrom) = describe(seed);
        try
        {
            await versions.CreateAsync(new ReferenceVersion<T>(id, version, effectiveFrom.ToUniversalTime(), time.GetUtcNow(), "seed", seed), cancellationToken: cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Another node seeded it first.
        }

        _seeded = true;
    }

    private T ReadSeed()
    {
        using var stream = (seedAssembly ?? Assembly.GetExecutingAssembly()).GetManifestResourceStream(seedResource)
            ?? throw new InvalidOperationException($"The seed resource {seedResource} is missing.");
        return JsonSerializer.Deserialize<T>(stream, StorageJson.Options) ?? throw new InvalidOperationException($"The seed resource {seedResource} is empty.");
    }
}
