using System.Globalization;
using System.Text.RegularExpressions;

namespace Sandbox.Domain.Licensing;

/// <summary>Licence references such as <c>SBX-2026-000123</c>: the year of issue and a per-year number of at least six digits.</summary>
public static partial class LicenceReference
{
    public const string Prefix = "SBX";

    public static string Format(int year, long number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{year}-{number:D6}");
    }

    /// <summary>True for exactly what <see cref="Format"/> writes: no extra leading zeros, no spaces, upper case.</summary>
    public static bool TryParse(string? value, out int year, out long number)
    {
        year = 0;
        number = 0;
        var match = value is null ? null : Pattern().Match(value);
        if (match is not { Success: true }
            || !int.TryParse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedYear)
            || !long.TryParse(match.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedNumber)
            || parsedYear < 1000 || parsedNumber < 1
            || Format(parsedYear, parsedNumber) != value)
        {
            return false;
        }

        year = parsedYear;
        number = parsedNumber;
        return true;
    }

    [GeneratedRegex(@"^SBX-(?<year>[0-9]{4})-(?<number>[0-9]{6,18})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
