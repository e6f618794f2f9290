using System.Globalization;

namespace Sandbox.Domain.Sandboxes;

/// <summary>Timestamps as datasets hold them: UTC text <c>yyyy-MM-ddTHH:mm:ssZ</c>, whose ordinal order is time order.</summary>
public static class Timestamps
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Write(DateTime utc) => utc.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryRead(string? text, out DateTime utc) =>
        DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out utc);

    public static bool IsValid(string? text) => TryRead(text, out _);
}
