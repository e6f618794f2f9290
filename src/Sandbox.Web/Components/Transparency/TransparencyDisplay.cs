using System.Globalization;
using Sandbox.Oversight.Transparency;

namespace Sandbox.Web.Components.Transparency;

/// <summary>How report figures read on screen and on paper.</summary>
public static class TransparencyDisplay
{
    public static string Days(double? days) =>
        days is { } d ? d.ToString("0.##", CultureInfo.InvariantCulture) + (d == 1 ? " day" : " days") : "—";

    public static string Share(double? share) =>
        share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %" : "—";

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string When(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The lines worth drawing: every line of a short list, and only the non-empty ones of a long one (categories, criteria).</summary>
    public static IReadOnlyList<ReportCell> Lines(ReportBreakdown breakdown, bool all)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        return all ? breakdown.Cells : [.. breakdown.Cells.Where(c => c.Count.Value != 0)];
    }
}
