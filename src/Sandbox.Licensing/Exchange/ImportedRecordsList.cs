using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Licensing.Exchange;

/// <summary>The records allies sent (container <c>allied-exchange-records</c>), by type, newest import first.</summary>
public sealed class ImportedRecordsList(DocumentSet<ImportedExchangeRecord> imported, TimeProvider time)
{
    /// <summary>Imported denials with their review-by dates; in force through that day, as screening counts them.</summary>
    public async Task<IReadOnlyList<ImportedDenial>> DenialsAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return [.. (await OfTypeAsync(AlliedExchangeFormat.DenialType, cancellationToken))
            .Select(r => (Stored: r, Denial: (DenialRecord)r.Parse()))
            .Select(r => new ImportedDenial(r.Stored, r.Denial, r.Denial.IsInForceOn(today)))];
    }

    /// <summary>Imported misuse case studies (information only).</summary>
    public async Task<IReadOnlyList<ImportedCaseStudy>> CaseStudiesAsync(CancellationToken cancellationToken = default) =>
        [.. (await OfTypeAsync(AlliedExchangeFormat.CaseStudyType, cancellationToken)).Select(r => new ImportedCaseStudy(r, (CaseStudyRecord)r.Parse()))];

    /// <summary>Sorted in memory: the local Cosmos server is slow on cross-partition ORDER BY with filters, and the set is small.</summary>
    private async Task<List<ImportedExchangeRecord>> OfTypeAsync(string type, CancellationToken cancellationToken)
    {
        var query = DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("type", type)).Take(DocumentQuery.MaxPageSize);
        var found = await imported.QueryAllAsync(query, cancellationToken).Select(r => r.Value).ToListAsync(cancellationToken);
        return [.. found.OrderByDescending(r => r.ImportedAt).ThenBy(r => r.RecordId, StringComparer.Ordinal)];
    }
}
