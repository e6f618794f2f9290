using System.Globalization;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Identity.Audit;

/// <summary>Appends audit events; never updates or deletes them.</summary>
public sealed class AuditLog(DocumentSet<AuditEvent> events, TimeProvider time)
{
    /// <summary>Who acted when nobody is signed in (a failed sign-in, an anonymous request).</summary>
    public const string Anonymous = "anonymous";

    private long _lastTicks;

    public static ContainerDefinition Container { get; } = new("audit-events", "/day", ["type", "actor", "subject", "at", "outcome"]);

    public async Task<AuditEvent> AppendAsync(
        string type, string actor, string subject, AuditOutcome outcome, IReadOnlyDictionary<string, string>? details = null, CancellationToken cancellationToken = default)
    {
        var at = time.GetUtcNow();
        var id = NextTicks(at).ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12];
        var record = new AuditEvent(id, Day(at), at, type, actor, subject, outcome, details ?? new Dictionary<string, string>());
        await events.CreateAsync(record, cancellationToken: cancellationToken);
        return record;
    }

    /// <summary>The events of one UTC day, oldest first, optionally of one type.</summary>
    public async Task<IReadOnlyList<AuditEvent>> ReadDayAsync(DateOnly day, string? type = null, CancellationToken cancellationToken = default)
    {
        var query = DocumentQuery.InPartition(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Sorted(SortOrder.Ascending("id")).Take(DocumentQuery.MaxPageSize);
        if (type is not null)
        {
            query = query.Where(QueryFilter.Equal("type", type));
        }

        return await events.QueryAllAsync(query, cancellationToken).Select(i => i.Value).ToListAsync(cancellationToken);
    }

    /// <summary>Strictly increasing within this process, so events of the same instant keep their order.</summary>
    private long NextTicks(DateTimeOffset at)
    {
        long last, next;
        do
        {
            last = Interlocked.Read(ref _lastTicks);
            next = Math.Max(last + 1, at.UtcTicks);
        }
        while (Interlocked.CompareExchange(ref _lastTicks, next, last) != last);

        return next;
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
