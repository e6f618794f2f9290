using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Identity.Audit;

/// <summary>
/// Appends audit events to hash chains (one per UTC day and shard); never updates or deletes them. An append takes
/// the next sequence of its chain by creating the entry with the id that sequence fixes: when another node took it
/// first, the create conflicts and the append moves on behind the winner.
/// </summary>
public sealed class AuditLog : IDisposable
{
    /// <summary>Who acted when nobody is signed in (a failed sign-in, an anonymous request).</summary>
    public const string Anonymous = "anonymous";

    private const int MaxAttempts = 100;

    private readonly ConcurrentDictionary<(DateOnly Day, int Shard), AuditChainState> _chains = new();
    private readonly DocumentSet<AuditEvent> _entries;
    private readonly AuditChainHeads _heads;
    private readonly IOptions<AuditOptions> _options;
    private readonly TimeProvider _time;
    private long _lastTicks;

    public AuditLog(DocumentSet<AuditEvent> entries, DocumentSet<AuditChainHead> heads, IOptions<AuditOptions> options, TimeProvider time, ILogger<AuditLog> logger)
    {
        _entries = entries;
        _heads = new AuditChainHeads(heads, time, logger);
        _options = options;
        _time = time;
    }

    /// <summary>The entries: one partition per chain.</summary>
    public static ContainerDefinition Container { get; } =
        new("audit-log", "/chain", ["day", "type", "actor", "subject", "at", "outcome", "sequence"]);

    public async Task<AuditEvent> AppendAsync(
        string type, string actor, string subject, AuditOutcome outcome, IReadOnlyDictionary<string, string>? details = null, CancellationToken cancellationToken = default)
    {
        var requested = _time.GetUtcNow();
        var day = AuditChains.DayOf(requested);
        var state = _chains.GetOrAdd((day, AuditChains.ShardOf(subject, _options.Value.Shards)), key => NewChain(key.Day, key.Shard));
        await state.Lock.WaitAsync(cancellationToken);
        try
        {
            // Read the clock again in the lock, so the times of one chain follow its sequence on this node.
            var now = _time.GetUtcNow();
            var at = AuditChains.DayOf(now) == day ? now : requested;
            var draft = new AuditEvent("", AuditChains.Day(day), at, type, actor, subject, outcome, new Dictionary<string, string>(details ?? new Dictionary<string, string>()))
            {
                Chain = state.Chain,
                Stamp = NextTicks(at),
            };
            return await AppendAsync(state, draft, cancellationToken);
        }
        finally
        {
            state.Lock.Release();
        }
    }

    /// <summary>The events of one UTC day, oldest first (by time, then id), optionally of one type.</summary>
    public async Task<IReadOnlyList<AuditEvent>> ReadDayAsync(DateOnly day, string? type = null, CancellationToken cancellationToken = default)
    {
        // Across the day's chains, with at most two filters (see ADR-003); the day is small enough to sort in memory.
        var query = DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("day", AuditChains.Day(day))).Take(DocumentQuery.MaxPageSize);
        if (type is not null)
        {
            query = query.Where(QueryFilter.Equal("type", type));
        }

        var events = await _entries.QueryAllAsync(query, cancellationToken).Select(i => i.Value).ToListAsync(cancellationToken);
        return events.OrderBy(e => e.At).ThenBy(e => e.Stamp).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    public void Dispose()
    {
        foreach (var state in _chains.Values)
        {
            state.Dispose();
        }
    }

    private async Task<AuditEvent> AppendAsync(AuditChainState state, AuditEvent draft, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (!state.Loaded)
            {
                await LoadAsync(state, cancellationToken);
            }

            var sequence = state.Sequence + 1;
            var entry = draft with
            {
                Id = AuditChains.EntryId(state.Chain, sequence),
                Sequence = sequence,
                PreviousHash = state.Hash,
                PreviousDaySequence = sequence == 1 ? state.PreviousDaySequence : null,
            };
            entry = entry with { Hash = AuditEntryHash.Compute(entry) };
            try
            {
                await _entries.CreateAsync(entry, cancellationToken: cancellationToken);
            }
            catch (DocumentConflictException) when (attempt < MaxAttempts)
            {
                await CatchUpAsync(state, sequence, cancellationToken);
                continue;
            }

            state.Advance(sequence, entry.Hash);
            await _heads.AdvanceAsync(state);
            return entry;
        }
    }

    /// <summary>The chain's last entry; for an empty chain the genesis value, which commits to the previous day.</summary>
    private async Task LoadAsync(AuditChainState state, CancellationToken cancellationToken)
    {
        if (await TailAsync(state.Chain, cancellationToken) is { } tail)
        {
            state.Load(tail.Sequence, tail.Hash, previousDaySequence: null);
            return;
        }

        var previousDay = await TailAsync(AuditChains.For(state.Day.AddDays(-1), state.Shard), cancellationToken);
        state.Load(0, AuditEntryHash.Genesis(state.Chain, previousDay?.Hash), previousDay?.Sequence);
    }

    /// <summary>Another node wrote <paramref name="taken"/>: continue behind the chain's tail, or behind that entry.</summary>
    private async Task CatchUpAsync(AuditChainState state, long taken, CancellationToken cancellationToken)
    {
        if (await TailAsync(state.Chain, cancellationToken) is { } tail && tail.Sequence >= taken)
        {
            state.Advance(tail.Sequence, tail.Hash);
            return;
        }

        var winner = await _entries.Container.ReadAsync(state.Chain, AuditChains.EntryId(state.Chain, taken), cancellationToken);
        state.Advance(taken, winner is null ? "" : HashOf(winner.Body));
    }

    private async Task<(long Sequence, string Hash)?> TailAsync(string chain, CancellationToken cancellationToken)
    {
        var page = await _entries.Container.QueryAsync(
            DocumentQuery.InPartition(chain).Sorted(SortOrder.DescendingBy("id")).Take(1), cancellationToken);
        return page.Documents is [var last, ..] && AuditChains.TryParseEntryId(last.Id, out _, out var sequence)
            ? (sequence, HashOf(last.Body))
            : null;
    }

    private static string HashOf(JsonObject body) =>
        body["hash"] is JsonValue value && value.TryGetValue<string>(out var hash) ? hash : "";

    private AuditChainState NewChain(DateOnly day, int shard)
    {
        // Chains of past days are rarely appended to again; forget them so a long-running node stays small.
        foreach (var key in _chains.Keys.Where(k => k.Day < day.AddDays(-2)))
        {
            _chains.TryRemove(key, out _);
        }

        return new AuditChainState(day, shard);
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
}
