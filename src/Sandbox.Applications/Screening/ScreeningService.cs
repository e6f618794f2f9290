using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sandbox.Domain.Screening;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Applications.Screening;

/// <summary>
/// Screens names against every active list at once: the imported lists in <see cref="ScreeningContainers.Entries"/>
/// and the allied denials in force. One index per node (a singleton), built from the store on first use; concurrent
/// first callers wait for that one build. It is rebuilt on this node as soon as an import or a denial change here
/// completes, and on other nodes when they see a new <see cref="ScreeningState"/> stamp, which they read at most every
/// <see cref="ScreeningOptions.RecheckIntervalSeconds"/> (callers arriving while a recheck runs use the current index),
/// and at the first screening of a new day, when denials may have reached their review date.
/// </summary>
public sealed partial class ScreeningService(
    DocumentSet<ScreeningEntry> entries,
    DocumentSet<AlliedDenial> denials,
    DocumentSet<ScreeningState> state,
    ScreeningAdjudications adjudications,
    IOptions<ScreeningOptions> options,
    TimeProvider time,
    ILogger<ScreeningService> logger) : IDisposable
{
    public const int MaxNameLength = 500;
    public const int MaxCountryLength = 100;

    private static readonly string[] _knownLists = [ScreeningLists.OfacSdn, ScreeningLists.AlliedDenials];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ScreeningSnapshot? _snapshot;

    /// <summary>Screens one party's name, with its country (ISO alpha-2 code or English name) as a supporting signal.</summary>
    /// <exception cref="ScreeningValidationException">The name is empty, has no letter or digit, or is too long.</exception>
    public async Task<ScreeningResult> ScreenAsync(string name, string? country = null, CancellationToken cancellationToken = default)
    {
        var subject = Validate(name, country);
        var snapshot = await CurrentAsync(cancellationToken);
        var hits = snapshot.Index.Screen(name, country, options.Value.MaxHits);
        var remembered = hits.Count == 0
            ? []
            : (await adjudications.ForSubjectAsync(subject, cancellationToken)).ToDictionary(a => (a.Value.ListId, a.Value.EntryId));
        var matches = hits.Select(hit =>
        {
            var key = (hit.Party.ListId, hit.Party.EntryId);
            var hash = snapshot.Hashes[key];
            RememberedAdjudication? adjudication = null;
            var adjudicationState = AdjudicationState.None;
            if (remembered.TryGetValue(key, out var found))
            {
                var a = found.Value;
                adjudication = new RememberedAdjudication(a.Outcome, a.Reason, a.AdjudicatedBy, a.AdjudicatedAt, a.EntryHash, found.ETag);
                adjudicationState = string.Equals(a.EntryHash, hash, StringComparison.Ordinal) ? AdjudicationState.Remembered : AdjudicationState.EntryChanged;
            }

            return new ScreeningMatch(hit.Party, hit.MatchedName, hit.MatchedAlias, hit.Score, hit.NameScore, hit.SupportingCountry, hit.HighConfidence, hash, adjudication, adjudicationState);
        }).ToArray();
        return new ScreeningResult(name.Trim(), country?.Trim(), time.GetUtcNow(), snapshot.Stamp, snapshot.Lists, matches);
    }

    /// <summary>The lists screened now and their entry counts.</summary>
    public async Task<IReadOnlyList<ScreenedList>> ListsAsync(CancellationToken cancellationToken = default) =>
        (await CurrentAsync(cancellationToken)).Lists;

    /// <summary>Rebuilds this node's index from the store now.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Volatile.Write(ref _snapshot, await BuildAsync(cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>A list changed: tell every node (a new stamp) and rebuild here before returning.</summary>
    internal async Task ListsChangedAsync(string reason, CancellationToken cancellationToken)
    {
        var stamp = Guid.NewGuid().ToString("N");
        await state.UpsertAsync(new ScreeningState(ScreeningState.DocumentId, stamp, time.GetUtcNow(), reason), cancellationToken: cancellationToken);
        await RefreshAsync(cancellationToken);
    }

    private async Task<ScreeningSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && !IsRecheckDue(snapshot))
        {
            return snapshot;
        }

        if (snapshot is null)
        {
            await _gate.WaitAsync(cancellationToken);
        }
        else if (!await _gate.WaitAsync(0, cancellationToken))
        {
            return snapshot;
        }

        try
        {
            snapshot = Volatile.Read(ref _snapshot);
            if (snapshot is not null && !IsRecheckDue(snapshot))
            {
                return snapshot;
            }

            if (snapshot is not null && snapshot.Day == Today() && string.Equals(await ReadStampAsync(cancellationToken), snapshot.Stamp, StringComparison.Ordinal))
            {
                snapshot = snapshot with { CheckedAt = time.GetUtcNow() };
            }
            else
            {
                snapshot = await BuildAsync(cancellationToken);
            }

            Volatile.Write(ref _snapshot, snapshot);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsRecheckDue(ScreeningSnapshot snapshot) =>
        time.GetUtcNow() - snapshot.CheckedAt >= TimeSpan.FromSeconds(options.Value.RecheckIntervalSeconds);

    private async Task<ScreeningSnapshot> BuildAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var checkedAt = time.GetUtcNow();
        var today = DateOnly.FromDateTime(checkedAt.UtcDateTime);
        var stamp = await ReadStampAsync(cancellationToken);
        var parties = new List<ListedParty>();
        var hashes = new Dictionary<(string, string), string>();
        var counts = _knownLists.ToDictionary(l => l, _ => 0, StringComparer.Ordinal);
        void Add(ListedParty party, string hash)
        {
            parties.Add(party);
            hashes[(party.ListId, party.EntryId)] = hash;
            counts[party.ListId] = counts.GetValueOrDefault(party.ListId) + 1;
        }

        await foreach (var entry in entries.QueryAllAsync(DocumentQuery.AcrossPartitions().Take(DocumentQuery.MaxPageSize), cancellationToken))
        {
            Add(entry.Value.ToParty(), entry.Value.ContentHash);
        }

        var inForce = DocumentQuery.AcrossPartitions()
            .Where(QueryFilter.Equal("status", AlliedDenialStatus.Active))
            .Where(QueryFilter.AtLeast("reviewBy", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Take(DocumentQuery.MaxPageSize);
        await foreach (var denial in denials.QueryAllAsync(inForce, cancellationToken))
        {
            var party = denial.Value.ToListedParty();
            Add(party, party.ComputeContentHash());
        }

        var snapshot = new ScreeningSnapshot(
            new ScreeningIndex(parties), hashes, counts.Select(c => new ScreenedList(c.Key, c.Value)).ToArray(), stamp, today, checkedAt);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var lists = string.Join(", ", snapshot.Lists.Select(l => $"{l.ListId} {l.EntryCount}"));
            var milliseconds = time.GetElapsedTime(started).TotalMilliseconds;
            LogBuilt(logger, parties.Count, lists, stamp, milliseconds);
        }

        return snapshot;
    }

    private async Task<string> ReadStampAsync(CancellationToken cancellationToken) =>
        (await state.ReadAsync(ScreeningState.DocumentId, ScreeningState.DocumentId, cancellationToken))?.Value.Stamp ?? string.Empty;

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static ScreeningSubject Validate(string name, string? country)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength || NameNormalizer.QueryTokens(name).Length == 0)
        {
            errors["name"] = [$"A screened name needs 1 to {MaxNameLength} characters, at least one a letter or digit."];
        }

        if (country is { Length: > MaxCountryLength })
        {
            errors["country"] = [$"A country has at most {MaxCountryLength} characters."];
        }

        return errors.Count > 0 ? throw new ScreeningValidationException("The screening request", errors) : ScreeningSubject.Create(name, country);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Screening index built: {Parties} entries ({Lists}), stamp '{Stamp}', in {Milliseconds:0} ms")]
    private static partial void LogBuilt(ILogger logger, int parties, string lists, string stamp, double milliseconds);
}
