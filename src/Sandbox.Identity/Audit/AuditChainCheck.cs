using System.Globalization;
using System.Text.Json;
using Sandbox.Storage.Documents;

namespace Sandbox.Identity.Audit;

/// <summary>
/// Checks one chain as its entries stream past in sequence order, keeping only the previous entry's hash. Each entry
/// gets at most one problem, the most specific one, so a single tampering reads as one finding where it happened.
/// </summary>
internal sealed class AuditChainCheck(IDocumentContainer entries, DateOnly day, int shard, AuditChainHead? head)
{
    private readonly List<AuditProblem> _problems = [];
    private long _checked;
    private long _omitted;
    private long _last;

    /// <summary>The hash the next entry must link to; null when unknown (the entry before it was unreadable or moved).</summary>
    private string? _previousHash;

    public string Chain { get; } = AuditChains.For(day, shard);

    public async Task ObserveAsync(StoredDocument document, CancellationToken cancellationToken)
    {
        if (!AuditChains.TryParseEntryId(document.Id, out var idChain, out var sequence) || idChain != Chain)
        {
            Add(AuditProblemKind.Modified, _last, document.Id, $"'{document.Id}' in chain {Chain} is not an entry the audit log writes: it was added from outside.");
            return;
        }

        _checked++;
        var gap = sequence > _last + 1;
        if (gap)
        {
            AddRemoved(_last + 1, sequence - 1, "");
        }

        _last = sequence;
        if (Read(document, out var error) is not { } entry)
        {
            Add(AuditProblemKind.Modified, sequence, document.Id, $"Entry {document.Id} can no longer be read as an audit entry ({error}): it was changed after it was written.");
            _previousHash = null;
            return;
        }

        if (entry.Chain != Chain || entry.Sequence != sequence || entry.Id != document.Id)
        {
            Add(AuditProblemKind.Reordered, sequence, document.Id,
                $"Entry {document.Id} holds the content of entry {AuditChains.EntryId(entry.Chain, entry.Sequence)}: entries were moved or swapped.");
            _previousHash = null;
            return;
        }

        var expected = sequence == 1 ? await GenesisAsync(entry, cancellationToken) : _previousHash;
        _previousHash = entry.Hash;
        if (AuditEntryHash.Compute(entry) != entry.Hash)
        {
            Add(AuditProblemKind.Modified, sequence, document.Id, $"Entry {document.Id} was changed after it was written.");
        }
        else if (!gap && expected is not null && entry.PreviousHash != expected)
        {
            Add(AuditProblemKind.BrokenLink, sequence, document.Id, sequence == 1
                ? $"Entry {document.Id} does not start its chain as written: it or the previous day's entry it commits to was rewritten."
                : $"Entry {document.Id} does not follow entry {AuditChains.EntryId(Chain, sequence - 1)}: that entry was rewritten or replaced.");
        }
    }

    /// <summary>Compares the end of the chain with its head, read before the entries, and reports.</summary>
    public AuditChainReport Finish()
    {
        if (head is not null && head.Sequence > _last)
        {
            AddRemoved(_last + 1, head.Sequence, $" at the end of the chain (its head records {head.Sequence.ToString(CultureInfo.InvariantCulture)} entries)");
        }
        else if (head is not null && head.Sequence == _last && _previousHash is not null && head.Hash != _previousHash)
        {
            var id = AuditChains.EntryId(Chain, _last);
            Add(AuditProblemKind.Modified, _last, id, $"Entry {id} is not the last entry the chain head recorded: it was replaced.");
        }

        return new AuditChainReport(Chain, day, shard, _checked, _last, head?.Sequence, head?.Hash, _problems, _omitted);
    }

    /// <summary>The genesis value entry 1 must link to, from the previous day's entry it names; null if that is gone.</summary>
    private async Task<string?> GenesisAsync(AuditEvent first, CancellationToken cancellationToken)
    {
        if (first.PreviousDaySequence is not { } previousSequence)
        {
            return AuditEntryHash.Genesis(Chain, null);
        }

        var previousChain = AuditChains.For(day.AddDays(-1), shard);
        var previousId = AuditChains.EntryId(previousChain, previousSequence);
        var previous = await entries.ReadAsync(previousChain, previousId, cancellationToken);
        if (previous?.Body["hash"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var hash))
        {
            return AuditEntryHash.Genesis(Chain, hash);
        }

        Add(AuditProblemKind.BrokenLink, 1, first.Id, $"Entry {first.Id} commits to entry {previousId} of the previous day, which is missing: it was removed.");
        return null;
    }

    private void AddRemoved(long from, long to, string where)
    {
        var first = AuditChains.EntryId(Chain, from);
        Add(AuditProblemKind.Removed, from, first, from == to
            ? $"Entry {first} is missing{where}: it was removed."
            : $"Entries {first} to {AuditChains.EntryId(Chain, to)} are missing{where}: {(to - from + 1).ToString(CultureInfo.InvariantCulture)} entries were removed.");
    }

    private void Add(AuditProblemKind kind, long sequence, string entryId, string message)
    {
        if (_problems.Count < AuditChainVerifier.MaxProblemsPerChain)
        {
            _problems.Add(new AuditProblem(Chain, sequence, entryId, kind, message));
        }
        else
        {
            _omitted++;
        }
    }

    private static AuditEvent? Read(StoredDocument document, out string error)
    {
        error = "";
        try
        {
            return document.Body.Deserialize<AuditEvent>(StorageJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            error = ex.Message;
            return null;
        }
    }
}
