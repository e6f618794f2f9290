using System.Collections.Concurrent;
using System.Globalization;
using Sandbox.Provisioning.Environments;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Provisioning.Gateway;

/// <summary>
/// The queries-per-day quota: one counter document per sandbox and UTC day, taken with its ETag, so nodes sharing a
/// store share the count. Within a node, takes for one sandbox queue up instead of racing for the ETag.
/// </summary>
public sealed class QueryQuota(DocumentSet<DailyUsage> usage, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <returns>Null when taken; otherwise how long until the quota resets (the next UTC midnight).</returns>
    public async Task<TimeSpan?> TryTakeAsync(string sandboxId, int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var day = now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var gate = _gates.GetOrAdd(sandboxId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var current = await usage.ReadAsync(sandboxId, day, cancellationToken);
                if ((current?.Value.Queries ?? 0) >= limit)
                {
                    return new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero) - now;
                }

                try
                {
                    if (current is null)
                    {
                        await usage.CreateAsync(new DailyUsage(day, sandboxId, 1), cancellationToken: cancellationToken);
                    }
                    else
                    {
                        await usage.ReplaceAsync(current.Value with { Queries = current.Value.Queries + 1 }, current.ETag, cancellationToken: cancellationToken);
                    }

                    return null;
                }
                catch (Exception ex) when (ex is DocumentConcurrencyException or DocumentConflictException && attempt < 50)
                {
                    // Another node counted first: read again.
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<int> UsedTodayAsync(string sandboxId, CancellationToken cancellationToken)
    {
        var day = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (await usage.ReadAsync(sandboxId, day, cancellationToken))?.Value.Queries ?? 0;
    }
}
