namespace Sandbox.Domain.Screening;

/// <summary>What the SDN remarks say about aliases and countries.</summary>
public static partial class SdnCsvReader
{
    private static readonly string[] _aliasMarkers = ["a.k.a. '", "f.k.a. '", "n.k.a. '"];

    /// <summary>Aliases quoted in the remarks. The closing quote is one followed by <c>;</c>, <c>.</c>, <c>,</c>, <c>)</c> or the end.</summary>
    public static IReadOnlyList<string> ParseAliases(string? remarks)
    {
        if (remarks is null)
        {
            return [];
        }

        var aliases = new List<string>();
        var position = 0;
        while (position < remarks.Length)
        {
            var start = -1;
            foreach (var marker in _aliasMarkers)
            {
                var at = remarks.IndexOf(marker, position, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (start < 0 || at < start))
                {
                    start = at;
                }
            }

            if (start < 0)
            {
                break;
            }

            var nameStart = start + _aliasMarkers[0].Length;
            var end = nameStart;
            while (true)
            {
                end = remarks.IndexOf('\'', end);
                if (end < 0)
                {
                    end = remarks.Length;
                    break;
                }

                if (end + 1 >= remarks.Length || remarks[end + 1] is ';' or '.' or ',' or ')' or ' ')
                {
                    break;
                }

                end++;
            }

            var alias = remarks[nameStart..end].Trim();
            if (alias.Length > 0 && !aliases.Contains(alias, StringComparer.Ordinal))
            {
                aliases.Add(alias);
            }

            position = Math.Min(remarks.Length, end + 1);
        }

        return aliases;
    }

    private static readonly string[] _countryMarkers = ["nationality ", "citizen "];

    /// <summary>Countries named after <c>nationality</c> or <c>citizen</c> in the remarks, up to the next <c>;</c> or <c>.</c>.</summary>
    public static IReadOnlyList<string> ParseCountries(string? remarks)
    {
        if (remarks is null)
        {
            return [];
        }

        var countries = new List<string>();
        foreach (var marker in _countryMarkers)
        {
            var position = 0;
            while ((position = remarks.IndexOf(marker, position, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var start = position + marker.Length;
                var end = remarks.IndexOfAny([';', '.', '('], start);
                var country = remarks[start..(end < 0 ? remarks.Length : end)].Trim();
                if (country.Length is > 1 and < 40 && !countries.Contains(country, StringComparer.OrdinalIgnoreCase))
                {
                    countries.Add(country);
                }

                position = start;
            }
        }

        return countries;
    }
}
