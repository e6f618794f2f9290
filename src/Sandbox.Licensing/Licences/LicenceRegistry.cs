using Sandbox.Domain.Licensing;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Licensing.Licences;

/// <summary>The issued licences. Writes come from workflow activities, each idempotent; people read them here.</summary>
public sealed class LicenceRegistry(DocumentSet<PilotLicence> licences)
{
    public async Task<Versioned<PilotLicence>?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        string.IsNullOrEmpty(id) ? null : await licences.ReadAsync(id, id, cancellationToken);

    public async Task<Versioned<PilotLicence>?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default)
    {
        var page = await licences.QueryAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("reference", reference)).Take(1), cancellationToken);
        return page.Items.Count > 0 ? page.Items[0] : null;
    }

    public async Task<IReadOnlyList<PilotLicence>> ForApplicationAsync(string applicationId, CancellationToken cancellationToken = default) =>
        await licences.QueryAllAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("applicationId", applicationId)).Take(50), cancellationToken)
            .Select(l => l.Value).OrderBy(l => l.IssuedAt).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PilotLicence>> ForHolderAsync(string organizationId, CancellationToken cancellationToken = default) =>
        await licences.QueryAllAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("holderOrganizationId", organizationId))
                .Sorted(SortOrder.DescendingBy("issuedAt")).Take(200), cancellationToken)
            .Select(l => l.Value).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PilotLicence>> ListAsync(LicenceStatus? status, int take, CancellationToken cancellationToken = default)
    {
        var query = DocumentQuery.AcrossPartitions().Sorted(SortOrder.DescendingBy("issuedAt")).Take(Math.Clamp(take, 1, DocumentQuery.MaxPageSize));
        if (status is { } wanted)
        {
            query = query.Where(QueryFilter.Equal("status", wanted.ToString()));
        }

        return (await licences.QueryAsync(query, cancellationToken)).Items.Select(l => l.Value).ToList();
    }

    /// <summary>Creates the licence, or finds the one a previous attempt of the same activity created.</summary>
    internal async Task<PilotLicence> CreateOnceAsync(PilotLicence licence, CancellationToken cancellationToken)
    {
        try
        {
            return (await licences.CreateAsync(licence, cancellationToken: cancellationToken)).Value;
        }
        catch (DocumentConflictException)
        {
            return (await licences.ReadAsync(licence.Id, licence.Id, cancellationToken))!.Value;
        }
    }

    /// <summary>Applies a change unless it is already applied (<paramref name="applied"/>); retries on a concurrent write.</summary>
    public async Task<PilotLicence> ChangeAsync(string id, Func<PilotLicence, bool> applied, Func<PilotLicence, PilotLicence> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var current = await licences.ReadAsync(id, id, cancellationToken) ?? throw new InvalidOperationException($"Licence '{id}' does not exist.");
            if (applied(current.Value))
            {
                return current.Value;
            }

            try
            {
                return (await licences.ReplaceAsync(change(current.Value), current.ETag, cancellationToken: cancellationToken)).Value;
            }
            catch (DocumentConcurrencyException) when (attempt < 10)
            {
            }
        }
    }
}
