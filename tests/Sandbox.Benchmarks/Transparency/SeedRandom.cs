namespace Sandbox.Benchmarks.Transparency;

/// <summary>Durations and instants drawn from the seeded generator.</summary>
internal static class SeedRandom
{
    public static TimeSpan Days(this Random random, double min, double max) => TimeSpan.FromDays(min + random.NextDouble() * (max - min));

    public static TimeSpan Hours(this Random random, double min, double max) => TimeSpan.FromHours(min + random.NextDouble() * (max - min));

    public static TimeSpan Minutes(this Random random, double min, double max) => TimeSpan.FromMinutes(min + random.NextDouble() * (max - min));

    public static DateTimeOffset Between(this Random random, DateTimeOffset from, DateTimeOffset to) => from + (to - from) * random.NextDouble();

    public static bool Chance(this Random random, int percent) => random.Next(100) < percent;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static string HexId(this Random random) =>
        Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())) + Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64()));
}
