using Microsoft.Extensions.Options;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Identity.Audit;

/// <summary>
/// Verifies the audit log of a range of days: every chain is read in sequence order, a page at a time, each entry's
/// hash recomputed and its link to the entry before it checked, and the chain's end compared with its head.
/// It finds entries changed, removed or moved by anyone who could not also rewrite the rest of the chain and its
/// head (see docs/security.md for that limit).
/// </summary>
public sealed class AuditChainVerifier(DocumentSet<AuditEvent> entries, DocumentSet<AuditChainHead> heads, IOptions<AuditOptions> options, TimeProvider time)
{
    public const int MaxProblemsPerChain = 100;

    private const int PageSize = 500;

    public async Task<AuditVerificationReport> VerifyAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range ends ({AuditChains.Day(to)}) before it starts ({AuditChains.Day(from)}).", nameof(to));
        }

        var chains = new List<AuditChainReport>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            // Heads first: an append during verification then only adds entries beyond what the head says.
            var dayHeads = await heads.QueryAllAsync(DocumentQuery.InPartition(AuditChains.Day(day)).Take(DocumentQuery.MaxPageSize), cancellationToken)
                .Select(h => h.Value).ToDictionaryAsync(h => h.Id, StringComparer.Ordinal, cancellationToken);
            foreach (var shard in await ShardsAsync(day, dayHeads.Keys, cancellationToken))
            {
                var chain = AuditChains.For(day, shard);
                if (await VerifyChainAsync(day, shard, dayHeads.GetValueOrDefault(chain), cancellationToken) is { } report)
                {
                    chains.Add(report);
                }
            }
        }

        return new AuditVerificationReport(from, to, time.GetUtcNow(), chains);
    }

    /// <summary>Null for a chain that has neither entries nor a head (a shard nobody wrote to that day).</summary>
    private async Task<AuditChainReport?> VerifyChainAsync(DateOnly day, int shard, AuditChainHead? head, CancellationToken cancellationToken)
    {
        var check = new AuditChainCheck(entries.Container, day, shard, head);
        var query = DocumentQuery.InPartition(check.Chain).Sorted(SortOrder.Ascending("id")).Take(PageSize);
        var any = false;
        do
        {
            var page = await entries.Container.QueryAsync(query, cancellationToken);
            foreach (var document in page.Documents)
            {
                any = true;
                await check.ObserveAsync(document, cancellationToken);
            }

            query = query.After(page.ContinuationToken);
        }
        while (query.ContinuationToken is not null);

        return any || head is not null ? check.Finish() : null;
    }

    /// <summary>The configured shards, those with a head, and those whose first entry exists (a shard count changed since).</summary>
    private async Task<IReadOnlyList<int>> ShardsAsync(DateOnly day, IEnumerable<string> headChains, CancellationToken cancellationToken)
    {
        var shards = new SortedSet<int>(Enumerable.Range(0, options.Value.Shards));
        foreach (var chain in headChains)
        {
            if (AuditChains.TryParse(chain, out var headDay, out var shard) && headDay == day)
            {
                shards.Add(shard);
            }
        }

        var firsts = DocumentQuery.AcrossPartitions()
            .Where(QueryFilter.Equal("day", AuditChains.Day(day))).Where(QueryFilter.Equal("sequence", 1)).Take(DocumentQuery.MaxPageSize);
        var token = (string?)null;
        do
        {
            var page = await entries.Container.QueryAsync(firsts.After(token), cancellationToken);
            foreach (var document in page.Documents)
            {
                if (AuditChains.TryParse(document.PartitionKey, out var firstDay, out var shard) && firstDay == day)
                {
                    shards.Add(shard);
                }
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        return shards.ToList();
    }
}
