using System.Globalization;
using static Sandbox.Domain.Risk.RiskText;

namespace Sandbox.Domain.Risk;

internal static class Sums
{
    /// <summary>A factor summing the weights of the distinct members present, capped, with each part shown.</summary>
    public static RiskFactor Capped<T>(string code, string label, IEnumerable<T> present, CappedWeights<T> weights, string field, string noneText)
        where T : struct, Enum
    {
        var parts = present.Distinct().Order().Select(member => (Member: member, Points: weights.Points.Weight(member, field))).ToList();
        if (parts.Count == 0)
        {
            return new(code, label, 0, noneText + " (0)");
        }

        var sum = parts.Sum(part => part.Points);
        var points = weights.Cap is { } cap && sum > cap ? cap : sum;
        var listed = string.Join(", ", parts.Select(part => $"{Words(part.Member)} {Number(part.Points)}"));
        var capped = points < sum ? string.Create(CultureInfo.InvariantCulture, $" = {sum}, capped at {points}") : string.Empty;
        return new(code, label, points, $"{label}: {listed}{capped} ({Signed(points)})");
    }
}
