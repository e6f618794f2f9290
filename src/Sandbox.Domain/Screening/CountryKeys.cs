using System.Globalization;
using Sandbox.Domain.Organizations;

namespace Sandbox.Domain.Screening;

/// <summary>
/// Compares countries however they are written: an ISO 3166-1 alpha-2 code (<c>EG</c>), the English name the
/// platform knows for it (<c>Egypt</c>, <c>North Korea</c>) or a spelling the SDN list uses (<c>Korea, North</c>,
/// <c>Burma</c>, <c>Congo, Democratic Republic of the</c>). Known countries become their code; anything else its
/// normalized, order-insensitive text, so unknown spellings still match themselves.
/// </summary>
public static class CountryKeys
{
    private static readonly Lazy<Dictionary<string, string>> _byName = new(BuildNames);

    /// <summary>Spellings the platform's English names lack, as normalized sorted tokens.</summary>
    private static readonly (string Name, string Code)[] _aliases =
    [
        ("burma", "MM"), ("myanmar", "MM"), ("congo democratic of republic", "CD"), ("congo kinshasa", "CD"),
        ("congo of republic", "CG"), ("congo brazzaville", "CG"), ("macedonia north of republic", "MK"),
        ("macedonia", "MK"), ("palestinian", "PS"), ("palestine", "PS"), ("cabo verde", "CV"), ("hong kong", "HK"),
        ("macao", "MO"), ("macau", "MO"), ("czech republic", "CZ"), ("cote d ivoire", "CI"), ("coast ivory", "CI"),
        ("turkiye", "TR"), ("swaziland", "SZ"), ("east timor", "TL"), ("holy see", "VA"), ("vatican", "VA"),
        ("federation russian", "RU"), ("arab republic syrian", "SY"), ("america of states united", "US"),
        ("usa", "US"), ("britain great", "GB"), ("uk", "GB"), ("uae", "AE"), ("nam viet", "VN"),
        ("iran islamic of republic", "IR"), ("korea of republic", "KR"), ("korea north", "KP"), ("korea south", "KR"),
    ];

    /// <summary>The comparison key of a country, or null when none is given.</summary>
    public static string? Key(string? country)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }

        var trimmed = country.Trim();
        if (trimmed.Length == 2 && CountryCode.TryParse(trimmed, out var code))
        {
            return code.Value;
        }

        var normalized = string.Join(' ', NameNormalizer.QueryTokens(trimmed));
        return _byName.Value.TryGetValue(normalized, out var known) ? known : normalized;
    }

    private static Dictionary<string, string> BuildNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var first = 'A'; first <= 'Z'; first++)
        {
            for (var second = 'A'; second <= 'Z'; second++)
            {
                var candidate = new string([first, second]);
                if (!CountryCode.TryParse(candidate, out var code))
                {
                    continue;
                }

                var english = new RegionInfo(code.Value).EnglishName;
                names.TryAdd(string.Join(' ', NameNormalizer.QueryTokens(english)), code.Value);
                // "Myanmar (Burma)", "Hong Kong SAR China": the part before the parenthesis counts too.
                var paren = english.IndexOf('(', StringComparison.Ordinal);
                if (paren > 0)
                {
                    names.TryAdd(string.Join(' ', NameNormalizer.QueryTokens(english[..paren])), code.Value);
                }
            }
        }

        foreach (var (name, code) in _aliases)
        {
            names.TryAdd(name, code);
        }

        return names;
    }
}
