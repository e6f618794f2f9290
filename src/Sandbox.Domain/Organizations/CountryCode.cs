using System.Globalization;

namespace Sandbox.Domain.Organizations;

/// <summary>An ISO 3166-1 alpha-2 country code, such as <c>NL</c> or <c>KE</c>.</summary>
public readonly record struct CountryCode
{
    private CountryCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out CountryCode code)
    {
        code = default;
        var candidate = text?.Trim().ToUpperInvariant();
        if (candidate is not { Length: 2 } || !candidate.All(char.IsAsciiLetterUpper) || !IsKnownRegion(candidate))
        {
            return false;
        }

        code = new CountryCode(candidate);
        return true;
    }

    public static CountryCode Parse(string? text) =>
        TryParse(text, out var code) ? code : throw new ArgumentException($"'{text}' is not an ISO 3166-1 alpha-2 country code.", nameof(text));

    public override string ToString() => Value;

    private static bool IsKnownRegion(string code)
    {
        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
