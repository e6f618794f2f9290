using System.Text.Json.Serialization;

namespace Sandbox.Identity.Audit;

/// <summary>
/// One audited event, stored as one entry of a hash chain (<see cref="Chain"/>: a UTC day and a shard). Each entry
/// commits to the one before it through <see cref="PreviousHash"/>, so <see cref="AuditChainVerifier"/> finds any
/// entry changed, removed or moved after it was written.
/// </summary>
public sealed record AuditEvent(
    string Id,
    string Day,
    DateTimeOffset At,
    string Type,
    string Actor,
    string Subject,
    AuditOutcome Outcome,
    IReadOnlyDictionary<string, string> Details)
{
    /// <summary>The chain (and partition) of this entry: <c>yyyy-MM-dd.shard</c>.</summary>
    public string Chain { get; init; } = "";

    /// <summary>Position in the chain: 1, 2, … without gaps; the id is derived from it.</summary>
    public long Sequence { get; init; }

    /// <summary>
    /// Strictly increasing within the node that wrote it (UTC ticks, bumped on ties), so events of the same instant
    /// keep the order they were appended in when a day's chains are merged. Stored as text: Cosmos DB keeps numbers
    /// as doubles, which cannot hold ticks exactly.
    /// </summary>
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public long Stamp { get; init; }

    /// <summary>
    /// On the first entry of a chain only: the sequence of the same shard's last entry of the previous day that the
    /// chain's genesis value commits to; null when that chain was empty.
    /// </summary>
    public long? PreviousDaySequence { get; init; }

    /// <summary>The hash of the entry before this one (or the chain's genesis value for the first entry).</summary>
    public string PreviousHash { get; init; } = "";

    /// <summary>SHA-256 (lower-case hex) of this entry's canonical form, <see cref="AuditEntryHash"/>.</summary>
    public string Hash { get; init; } = "";
}
