using Sandbox.Identity.Audit;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Oversight.ExitReports;

/// <summary>
/// Counts what a sandbox did from the records themselves: its gateway requests and export downloads in the audit log,
/// its export requests in the airlock. The audit entries are found by subject (the sandbox id) in one query across
/// the day chains, rather than day by day: one filter keeps the query cheap on both providers, and it finds every
/// entry whatever the number of shards was when it was written.
/// </summary>
public sealed class SandboxActivityReader(DocumentSet<AuditEvent> audit, DocumentSet<ExportRequest> exports)
{
    private const string Download = "download";

    public async Task<SandboxActivity> ReadAsync(string sandboxId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sandboxId);
        var requests = 0;
        var answered = 0;
        var downloads = 0;
        var refusals = new Dictionary<string, int>(StringComparer.Ordinal);
        var query = DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("subject", sandboxId)).Take(DocumentQuery.MaxPageSize);
        await foreach (var entry in audit.QueryAllAsync(query, cancellationToken))
        {
            var e = entry.Value;
            if (e.Type == SandboxAuditEvents.GatewayRequest)
            {
                requests++;
                if (e.Outcome == AuditOutcome.Refused)
                {
                    var condition = e.Details.GetValueOrDefault("condition") ?? "unknown";
                    refusals[condition] = refusals.GetValueOrDefault(condition) + 1;
                }
                else if (e.Outcome == AuditOutcome.Succeeded && e.Details.GetValueOrDefault("operation") == "query")
                {
                    answered++;
                }
            }
            else if (e.Type == SandboxAuditEvents.Export && e.Outcome == AuditOutcome.Succeeded && e.Details.GetValueOrDefault("step") == Download)
            {
                downloads++;
            }
        }

        var sorted = refusals.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new ConditionCount(r.Key, r.Value)).ToList();
        return new SandboxActivity(sandboxId, requests, answered, sorted, await ExportsAsync(sandboxId, downloads, cancellationToken));
    }

    private async Task<ExportFigures> ExportsAsync(string sandboxId, int downloads, CancellationToken cancellationToken)
    {
        var all = await exports.QueryAllAsync(DocumentQuery.InPartition(sandboxId).Take(DocumentQuery.MaxPageSize), cancellationToken)
            .Select(e => e.Value).ToListAsync(cancellationToken);
        int Count(ExportStatus status) => all.Count(e => e.Status == status);
        return new ExportFigures(
            all.Count,
            all.Count(e => e.SubmittedAt is not null),
            Count(ExportStatus.Approved),
            Count(ExportStatus.Rejected),
            Count(ExportStatus.Cancelled),
            Count(ExportStatus.Submitted) + Count(ExportStatus.InReview),
            downloads);
    }
}
