namespace Sandbox.Oversight.Transparency;

/// <summary>
/// The statistics a report states, defined once: the median is the middle value (the mean of the two middle values
/// of an even count); the 90th percentile is by nearest rank (the ⌈0.9·n⌉-th smallest value). Both in days, rounded to two places.
/// </summary>
public static class Percentiles
{
    public static double? Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 2, MidpointRounding.AwayFromZero);
    }

    public static double? NearestRank(IReadOnlyList<double> values, double percentile)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return Math.Round(sorted[Math.Clamp(rank, 1, sorted.Length) - 1], 2, MidpointRounding.AwayFromZero);
    }
}
