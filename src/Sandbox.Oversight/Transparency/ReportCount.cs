using System.Globalization;
using System.Text.Json.Serialization;

namespace Sandbox.Oversight.Transparency;

/// <summary>A count as a report shows it: the number, or null with the reason when it is suppressed.</summary>
public sealed record ReportCount(int? Value, string Display, Suppression Suppression)
{
    public static ReportCount Exact(int value) => new(value, value.ToString(CultureInfo.InvariantCulture), Suppression.None);

    public static ReportCount Small(int minimum) =>
        new(null, string.Create(CultureInfo.InvariantCulture, $"fewer than {minimum}"), Suppression.SmallCount);

    public static ReportCount Complement { get; } = new(null, "not shown", Suppression.Complementary);

    [JsonIgnore]
    public bool Suppressed => Suppression != Suppression.None;
}
