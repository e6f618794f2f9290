using System.Globalization;

namespace Sandbox.Domain.Licensing;

/// <summary>Field paths, numbers, days and text comparison, written the same way by every licensing rule.</summary>
internal static class LicenceFormat
{
    public static string Field(string? prefix, string name) => string.IsNullOrEmpty(prefix) ? name : prefix + "." + name;

    public static string At(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    /// <summary>"1,000,000".</summary>
    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The UTC day, such as 2026-07-01.</summary>
    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Days(TimeSpan span) => Number((long)Math.Ceiling(span.TotalDays));

    /// <summary>Purposes and narrative conditions are the same text when they differ only in case or surrounding spaces.</summary>
    public static string TextKey(string text) => text.Trim().ToUpperInvariant();

    public static IEnumerable<string> Present(IReadOnlyList<string>? items) => (items ?? []).Where(item => !string.IsNullOrWhiteSpace(item));
}
