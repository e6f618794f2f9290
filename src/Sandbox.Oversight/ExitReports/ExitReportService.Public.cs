using Sandbox.Storage.Queries;

namespace Sandbox.Oversight.ExitReports;

/// <summary>What anyone may read: published reports, in their public form only.</summary>
public sealed partial class ExitReportService
{
    public async Task<PublicExitReport?> PublishedAsync(string id, CancellationToken cancellationToken = default)
    {
        var found = string.IsNullOrWhiteSpace(id) || id.Length > 100 ? null : await reports.ReadAsync(id, id, cancellationToken);
        return found?.Value is { Published: true } report ? PublicExitReportBuilder.Build(report) : null;
    }

    public async Task<IReadOnlyList<PublicExitReport>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        await reports.QueryAllAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("published", true)).Take(200), cancellationToken)
            .Select(r => PublicExitReportBuilder.Build(r.Value))
            .OrderByDescending(r => r.PublishedAt)
            .ToListAsync(cancellationToken);
}
