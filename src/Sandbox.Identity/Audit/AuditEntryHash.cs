using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sandbox.Identity.Audit;

/// <summary>
/// The canonical form of an audit entry and its SHA-256, published so an auditor can check entries with tools of
/// their own. Version 1 hashes, as netstrings (<c>length:bytes,</c> of UTF-8, so no value can run into the next):
/// the version tag, chain, sequence, id, day, <c>at</c> as UTC ticks, stamp, type, actor, subject, outcome name,
/// the number of details and each detail's key and value ordered by key (ordinal), the previous day's sequence
/// (empty when none) and the previous hash. Numbers are invariant decimal text; hashes lower-case hex.
/// </summary>
public static class AuditEntryHash
{
    public const string Version = "sandbox-audit-entry/v1";

    public const string GenesisVersion = "sandbox-audit-genesis/v1";

    public static string Compute(AuditEvent entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, Version);
        Append(hash, entry.Chain);
        Append(hash, Number(entry.Sequence));
        Append(hash, entry.Id);
        Append(hash, entry.Day);
        Append(hash, Number(entry.At.UtcTicks));
        Append(hash, Number(entry.Stamp));
        Append(hash, entry.Type);
        Append(hash, entry.Actor);
        Append(hash, entry.Subject);
        Append(hash, entry.Outcome.ToString());
        var details = entry.Details ?? new Dictionary<string, string>();
        Append(hash, Number(details.Count));
        foreach (var (key, value) in details.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            Append(hash, key);
            Append(hash, value ?? "");
        }

        Append(hash, entry.PreviousDaySequence is { } previousDay ? Number(previousDay) : "");
        Append(hash, entry.PreviousHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// What the first entry of <paramref name="chain"/> commits to: the chain id and the hash of the same shard's last
    /// entry of the previous day (empty when that chain had none), so whole days cannot silently disappear either.
    /// </summary>
    public static string Genesis(string chain, string? previousDayHash)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, GenesisVersion);
        Append(hash, chain);
        Append(hash, previousDayHash ?? "");
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Append(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value ?? "");
        hash.AppendData(Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + ":"));
        hash.AppendData(bytes);
        hash.AppendData(","u8);
    }
}
