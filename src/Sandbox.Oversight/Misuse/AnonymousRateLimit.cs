using System.Collections.Concurrent;

namespace Sandbox.Oversight.Misuse;

/// <summary>
/// Reports accepted per reporter key (a network address or a user id) per clock hour, on this node. Kept in memory
/// only, so whistle-blowers' addresses are never stored; with several nodes the limit applies per node.
/// </summary>
public sealed class AnonymousRateLimit(TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Key, long Hour), int> _counts = new();

    /// <summary>Takes one report from the key's allowance; false (and the time to wait) when the hour's allowance is used.</summary>
    public bool TryTake(string key, int perHour, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        var hour = now.ToUnixTimeSeconds() / 3600;
        retryAfter = DateTimeOffset.FromUnixTimeSeconds((hour + 1) * 3600) - now;
        foreach (var stale in _counts.Keys.Where(k => k.Hour < hour))
        {
            _counts.TryRemove(stale, out _);
        }

        var taken = _counts.AddOrUpdate((key, hour), 1, (_, count) => count + 1);
        if (taken <= perHour)
        {
            return true;
        }

        _counts.AddOrUpdate((key, hour), perHour, (_, count) => count - 1);
        return false;
    }
}
