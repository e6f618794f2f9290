namespace Sandbox.Identity.Audit;

/// <summary>
/// What one node knows of one chain: the last sequence and hash it saw, and the head's ETag. Appends to the chain
/// on this node take <see cref="Lock"/>, so the node never races itself; other nodes are settled by create conflicts.
/// </summary>
internal sealed class AuditChainState(DateOnly day, int shard) : IDisposable
{
    public DateOnly Day { get; } = day;

    public int Shard { get; } = shard;

    public string Chain { get; } = AuditChains.For(day, shard);

    public SemaphoreSlim Lock { get; } = new(1, 1);

    public bool Loaded { get; private set; }

    /// <summary>The last sequence written to the chain as far as this node knows; 0 for an empty chain.</summary>
    public long Sequence { get; private set; }

    /// <summary>The hash the next entry links to: the last entry's, or the genesis value of an empty chain.</summary>
    public string Hash { get; private set; } = "";

    /// <summary>For an empty chain: the previous day's sequence its genesis value commits to.</summary>
    public long? PreviousDaySequence { get; private set; }

    public string? HeadETag { get; set; }

    public void Load(long sequence, string hash, long? previousDaySequence)
    {
        (Sequence, Hash, PreviousDaySequence, Loaded) = (sequence, hash, previousDaySequence, true);
    }

    public void Advance(long sequence, string hash)
    {
        if (sequence > Sequence)
        {
            (Sequence, Hash, PreviousDaySequence) = (sequence, hash, null);
        }
    }

    public void Dispose() => Lock.Dispose();
}
