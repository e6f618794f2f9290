using System.Security.Cryptography;
using System.Text;

namespace Sandbox.Domain.Screening;

/// <summary>
/// A screened name and country as adjudications remember them: the name's sorted normalized tokens
/// (<see cref="NameNormalizer.QueryTokens"/>, so case, accents, punctuation, legal forms and word order do not
/// matter) and the country's key (<see cref="CountryKeys.Key"/>, so <c>EG</c> and <c>Egypt</c> are one country).
/// <see cref="Key"/> is a hash of both, safe as a document key.
/// </summary>
public sealed record ScreeningSubject(string NormalizedName, string? CountryKey, string Key)
{
    public static ScreeningSubject Create(string name, string? country)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = string.Join(' ', NameNormalizer.QueryTokens(name));
        if (normalized.Length == 0)
        {
            throw new ArgumentException("A screened name needs at least one letter or digit.", nameof(name));
        }

        var countryKey = CountryKeys.Key(country);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized + "\u001f" + countryKey));
        return new ScreeningSubject(normalized, countryKey, Convert.ToHexStringLower(hash)[..32]);
    }
}
