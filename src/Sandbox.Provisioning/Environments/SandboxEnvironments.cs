using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Provisioning.Environments;

/// <summary>The environment documents. Changes are read-modify-replace with the ETag, retried on a concurrent write.</summary>
public sealed class SandboxEnvironments(DocumentSet<SandboxEnvironment> environments)
{
    public async Task<Versioned<SandboxEnvironment>?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(id) || id.Length > 100 ? null : await environments.ReadAsync(id, id, cancellationToken);

    public async Task<IReadOnlyList<SandboxEnvironment>> ForHolderAsync(string organizationId, CancellationToken cancellationToken = default) =>
        await environments.QueryAllAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("holderOrganizationId", organizationId))
                .Sorted(SortOrder.DescendingBy("createdAt")).Take(200), cancellationToken)
            .Select(e => e.Value).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<SandboxEnvironment>> ListAsync(int take, CancellationToken cancellationToken = default) =>
        (await environments.QueryAsync(DocumentQuery.AcrossPartitions().Sorted(SortOrder.DescendingBy("createdAt")).Take(Math.Clamp(take, 1, DocumentQuery.MaxPageSize)), cancellationToken))
            .Items.Select(e => e.Value).ToList();

    /// <summary>Closed environments whose retention has run out.</summary>
    public async Task<IReadOnlyList<SandboxEnvironment>> DueForPurgeAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await environments.QueryAllAsync(DocumentQuery.AcrossPartitions()
                .Where(QueryFilter.Equal("status", nameof(SandboxStatus.Closed)))
                .Where(QueryFilter.AtMost("purgeDueAt", now)).Take(100), cancellationToken)
            .Select(e => e.Value).ToListAsync(cancellationToken);

    /// <summary>Creates the environment, or returns the one an earlier attempt created.</summary>
    internal async Task<SandboxEnvironment> CreateOnceAsync(SandboxEnvironment environment, CancellationToken cancellationToken)
    {
        try
        {
            return (await environments.CreateAsync(environment, cancellationToken: cancellationToken)).Value;
        }
        catch (DocumentConflictException)
        {
            return (await environments.ReadAsync(environment.Id, environment.Id, cancellationToken))!.Value;
        }
    }

    /// <summary>Applies <paramref name="change"/> to the current document; a null result means nothing to change.</summary>
    public async Task<SandboxEnvironment> ChangeAsync(string id, Func<SandboxEnvironment, SandboxEnvironment?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var current = await environments.ReadAsync(id, id, cancellationToken) ?? throw new InvalidOperationException($"Sandbox '{id}' does not exist.");
            if (change(current.Value) is not { } changed)
            {
                return current.Value;
            }

            try
            {
                return (await environments.ReplaceAsync(changed, current.ETag, cancellationToken: cancellationToken)).Value;
            }
            catch (DocumentConcurrencyException) when (attempt < 10)
            {
            }
        }
    }
}
