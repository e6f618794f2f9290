namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// SplitMix64 seeded from (seed, row, field) alone, so a value never depends on other rows, other fields or the runtime:
/// integer arithmetic, and doubles built from 53 bits with exact operations only.
/// </summary>
internal struct RowRandom
{
    private ulong _state;

    public RowRandom(int seed, long row, int field)
    {
        var mixed = Mix(unchecked((ulong)seed) ^ 0x5DEECE66DUL);
        mixed = Mix(mixed ^ unchecked((ulong)row));
        _state = Mix(mixed ^ (unchecked((ulong)field) << 32));
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            return Mix(_state);
        }
    }

    /// <summary>In [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>In [0, <paramref name="bound"/>), bound at least 1: the high half of a 128-bit product, no modulo bias worth the name.</summary>
    public ulong NextBelow(ulong bound) => Math.BigMul(NextUInt64(), bound, out _);

    /// <summary>In [min, max] inclusive.</summary>
    public long NextBetween(long min, long max)
    {
        var span = unchecked((ulong)(max - min)) + 1;
        return span == 0 ? unchecked((long)NextUInt64()) : unchecked(min + (long)NextBelow(span));
    }

    /// <summary>About N(0, 1): the Irwin–Hall sum of twelve uniforms, which needs no logarithm or cosine to stay the same everywhere.</summary>
    public double NextStandardNormal()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            sum += NextDouble();
        }

        return sum - 6.0;
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
