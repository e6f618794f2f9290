using System.Globalization;
using System.Text;

namespace Sandbox.Domain.Screening;

/// <summary>
/// Turns a name into matching tokens:
/// <list type="number">
/// <item>"SURNAME, Given Names" (individuals) becomes "Given Names SURNAME" (first comma only);</item>
/// <item>Unicode NFD, non-spacing marks dropped (é → e), lower-cased invariantly;</item>
/// <item>anything not a letter or digit becomes a space (apostrophes are dropped so ABU-'UMAR → abu umar);</item>
/// <item>whitespace collapsed; for parties that are not individuals the legal-form noise tokens in
/// <see cref="LegalFormNoise"/> are dropped (unless nothing else would be left).</item>
/// </list>
/// Matching uses the tokens as a sorted list, so the order of the words does not matter.
/// </summary>
public static class NameNormalizer
{
    /// <summary>
    /// Legal-form tokens ignored for entities, vessels, aircraft and queries: ltd, limited, llc, llp, lp,
    /// co, company, corp, corporation, inc, incorporated, sa, sas, sarl, srl, spa, sl, plc, gmbh, ag, bv, nv,
    /// jsc, ojsc, pjsc, cjsc, oao, zao, ooo, pao, fze, fzco, fzc, fzllc, est, establishment, the.
    /// </summary>
    public static readonly IReadOnlySet<string> LegalFormNoise = new HashSet<string>(StringComparer.Ordinal)
    {
        "ltd", "limited", "llc", "llp", "lp", "co", "company", "corp", "corporation", "inc", "incorporated",
        "sa", "sas", "sarl", "srl", "spa", "sl", "plc", "gmbh", "ag", "bv", "nv", "jsc", "ojsc", "pjsc", "cjsc",
        "oao", "zao", "ooo", "pao", "fze", "fzco", "fzc", "fzllc", "est", "establishment", "the",
    };

    /// <summary>The display form: "SURNAME, Given" reordered, diacritics, punctuation and case folded.</summary>
    public static string Normalize(string name, bool individual = true) => string.Join(' ', Tokenize(name, individual, dropNoise: !individual));

    /// <summary>The sorted token list used for matching.</summary>
    public static string[] Tokens(string name, bool individual)
    {
        var tokens = Tokenize(name, individual, dropNoise: !individual);
        Array.Sort(tokens, StringComparer.Ordinal);
        return tokens;
    }

    /// <summary>Tokens of a screened (query) name: its type is unknown, so legal-form noise is dropped.</summary>
    public static string[] QueryTokens(string name)
    {
        var tokens = Tokenize(name, individual: false, dropNoise: true);
        Array.Sort(tokens, StringComparer.Ordinal);
        return tokens;
    }

    private static string[] Tokenize(string name, bool individual, bool dropNoise)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (individual && comma > 0)
        {
            text = string.Concat(text.AsSpan(comma + 1), " ", text.AsSpan(0, comma));
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (ch is '\'' or '\u2019' or '\u2018' or '`' or '\u02bc')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }

        var tokens = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (dropNoise)
        {
            var kept = tokens.Where(t => !LegalFormNoise.Contains(t)).ToArray();
            if (kept.Length > 0)
            {
                tokens = kept;
            }
        }

        return tokens;
    }

    /// <summary>
    /// Transliteration folding of one normalized token, applied in this order: ph→f, kh→k, gh→g, th→t, dh→d,
    /// sh→s, ch→s, ck→k, q→k, c→k, z→s, w→v, ou→u, oo→u, ee→i, y→i, ei→i, ie→i; then doubled letters collapse
    /// (MOHAMMED → mohamed, YOUSEF → iusef, YUSUF → iusuf).
    /// </summary>
    public static string Fold(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var s = token
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("kh", "k", StringComparison.Ordinal)
            .Replace("gh", "g", StringComparison.Ordinal)
            .Replace("th", "t", StringComparison.Ordinal)
            .Replace("dh", "d", StringComparison.Ordinal)
            .Replace("sh", "s", StringComparison.Ordinal)
            .Replace("ch", "s", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace('q', 'k')
            .Replace('c', 'k')
            .Replace('z', 's')
            .Replace('w', 'v')
            .Replace("ou", "u", StringComparison.Ordinal)
            .Replace("oo", "u", StringComparison.Ordinal)
            .Replace("ee", "i", StringComparison.Ordinal)
            .Replace('y', 'i')
            .Replace("ei", "i", StringComparison.Ordinal)
            .Replace("ie", "i", StringComparison.Ordinal);
        var builder = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (builder.Length == 0 || builder[^1] != ch)
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The vowel-insensitive skeleton of a folded token: the first letter (any vowel written as <c>a</c>)
    /// followed by the consonants, with vowels and <c>h</c> dropped and repeats collapsed
    /// (mohamed, muhamad, mohamad → md; iusef, iusuf → asf).
    /// </summary>
    public static string Skeleton(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.Length == 0)
        {
            return folded;
        }

        var builder = new StringBuilder(folded.Length);
        builder.Append(IsVowel(folded[0]) ? 'a' : folded[0]);
        for (var i = 1; i < folded.Length; i++)
        {
            var ch = folded[i];
            if (IsVowel(ch) || ch == 'h' || builder[^1] == ch)
            {
                continue;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }

    private static bool IsVowel(char ch) => ch is 'a' or 'e' or 'i' or 'o' or 'u';
}
