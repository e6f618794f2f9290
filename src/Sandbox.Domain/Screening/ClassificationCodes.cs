using System.Text.RegularExpressions;

namespace Sandbox.Domain.Screening;

/// <summary>
/// Control codes of the harmonized catalogue (EU Annex I / Wassenaar, also US ECCNs): a category digit, a group
/// letter A–E, three digits, then optional sub-items (<c>4A005</c>, <c>5A001.j</c>, <c>4E001.c</c>, <c>5A001.f.1</c>).
/// Normalized with the group letter upper-case and sub-items lower-case.
/// </summary>
public static partial class ClassificationCodes
{
    public static bool TryNormalize(string? text, out string code)
    {
        code = string.Empty;
        var trimmed = text?.Trim();
        if (trimmed is not { Length: >= 5 and <= 32 })
        {
            return false;
        }

        var candidate = trimmed[..5].ToUpperInvariant() + trimmed[5..].ToLowerInvariant();
        if (!Pattern().IsMatch(candidate))
        {
            return false;
        }

        code = candidate;
        return true;
    }

    [GeneratedRegex("^[0-9][A-E][0-9]{3}(\\.[a-z0-9]{1,4})*$")]
    private static partial Regex Pattern();
}
