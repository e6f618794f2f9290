using System.Text.RegularExpressions;

namespace Sandbox.Domain.Classification;

/// <summary>
/// The shapes of the codes a catalogue entry carries. EU Annex I entries and US ECCNs share one shape:
/// category (0–9), group (A systems, B test equipment, C materials, D software, E technology), three digits,
/// then optional dotted sub-items in lower case (<c>5A001.j</c>, <c>4E001.c</c>). Wassenaar writes the same
/// entry with dots and without leading zeros (<c>5.A.1.j</c>).
/// </summary>
public static partial class ControlCodeFormat
{
    public const int MaxCodeLength = 32;

    /// <summary>The US catch-all for items subject to the EAR but not listed on the Commerce Control List.</summary>
    public const string Ear99 = "EAR99";

    /// <summary>Our own code, such as <c>SBX-INT-SYS</c>: upper-case letters and digits in dash-separated parts.</summary>
    public static bool IsHarmonizedCode(string? code) => code is { Length: > 0 and <= MaxCodeLength } && HarmonizedPattern().IsMatch(code);

    public static bool IsWassenaar(string? code) => code is not null && WassenaarPattern().IsMatch(code);

    public static bool IsEuAnnexI(string? code) => code is not null && AnnexPattern().IsMatch(code);

    public static bool IsUsEccn(string? code) => code is not null && (code == Ear99 || AnnexPattern().IsMatch(code));

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex HarmonizedPattern();

    [GeneratedRegex(@"^[0-9]\.[A-E]\.[1-9][0-9]{0,2}(\.[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex WassenaarPattern();

    [GeneratedRegex(@"^[0-9][A-E][0-9]{3}(\.[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexPattern();
}
