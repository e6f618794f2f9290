using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sandbox.Identity.Audit;

/// <summary>
/// How entries are placed: chain <c>yyyy-MM-dd.shard</c> (one partition each), the shard picked by a stable hash of
/// the subject, and entry ids <c>chain-sequence</c> with the sequence in twelve digits, so ids sort in chain order.
/// </summary>
public static class AuditChains
{
    private const string DayFormat = "yyyy-MM-dd";

    public static string For(DateOnly day, int shard) => Day(day) + "." + shard.ToString(CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    /// <summary>The same subject always lands on the same shard, so its events stay in order within one chain.</summary>
    public static int ShardOf(string subject, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(subject ?? ""));
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(digest) % (uint)shards);
    }

    public static string EntryId(string chain, long sequence) =>
        chain + "-" + sequence.ToString("D12", CultureInfo.InvariantCulture);

    public static bool TryParse(string chain, out DateOnly day, out int shard)
    {
        day = default;
        shard = -1;
        var dot = chain.LastIndexOf('.');
        return dot > 0
            && DateOnly.TryParseExact(chain.AsSpan(0, dot), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
            && int.TryParse(chain.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out shard);
    }

    /// <summary>The chain and sequence an entry id names; false for an id this log would never write.</summary>
    public static bool TryParseEntryId(string id, out string chain, out long sequence)
    {
        chain = "";
        sequence = 0;
        var dash = id.LastIndexOf('-');
        if (dash <= 0 || id.Length - dash - 1 != 12
            || !long.TryParse(id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out sequence) || sequence < 1)
        {
            return false;
        }

        chain = id[..dash];
        return TryParse(chain, out _, out _);
    }
}
