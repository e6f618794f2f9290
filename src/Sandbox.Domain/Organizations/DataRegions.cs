namespace Sandbox.Domain.Organizations;

/// <summary>
/// Data-localization regions a caller can be in: the EU for its member states, else the country's own ISO code.
/// A sandbox in region <c>EU</c> serves callers from EU member states; <c>GLOBAL</c> serves everyone.
/// </summary>
public static class DataRegions
{
    public const string Global = "GLOBAL";
    public const string EuropeanUnion = "EU";

    private static readonly HashSet<string> EuMemberStates = new(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
        "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    };

    /// <summary>The region an organization in <paramref name="countryCode"/> (ISO 3166-1 alpha-2) is in.</summary>
    public static string Of(string countryCode)
    {
        var code = countryCode.Trim().ToUpperInvariant();
        return EuMemberStates.Contains(code) ? EuropeanUnion : code;
    }

    /// <summary>Whether a caller in <paramref name="callerRegion"/> may reach data kept in <paramref name="sandboxRegion"/>.</summary>
    public static bool Serves(string sandboxRegion, string? callerRegion) =>
        string.Equals(sandboxRegion, Global, StringComparison.OrdinalIgnoreCase)
        || (callerRegion is not null && string.Equals(sandboxRegion, callerRegion, StringComparison.OrdinalIgnoreCase));
}
