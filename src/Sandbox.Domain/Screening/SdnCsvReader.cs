using System.Globalization;
using System.Text;

namespace Sandbox.Domain.Screening;

/// <summary>
/// Reads the legacy OFAC SDN CSV (<c>sdn.csv</c>): no header; columns are entity number, name, type,
/// programs, title, six vessel/aircraft columns and remarks. <c>-0-</c> (often followed by a space)
/// means empty. Fields may be quoted; a quoted field may hold commas, line breaks and doubled quotes.
/// Aliases come from the remarks (<c>a.k.a. 'NAME'</c>, also <c>f.k.a.</c> and <c>n.k.a.</c>), country
/// hints from <c>nationality X</c> and <c>citizen X</c> in the remarks (best effort).
/// </summary>
public static class SdnCsvReader
{
    private const int RemarksColumn = 11;

    public static IEnumerable<SdnRecord> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadIterator(reader);
    }

    public static IEnumerable<SdnRecord> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadStreamIterator(stream);
    }

    private static IEnumerable<SdnRecord> ReadStreamIterator(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        foreach (var record in ReadIterator(reader))
        {
            yield return record;
        }
    }

    private static IEnumerable<SdnRecord> ReadIterator(TextReader reader)
    {
        foreach (var fields in ReadRows(reader))
        {
            var record = ToRecord(fields);
            if (record is not null)
            {
                yield return record;
            }
        }
    }

    /// <summary>Splits CSV text into rows of fields (RFC 4180 quoting). A trailing Ctrl-Z (0x1A) is ignored.</summary>
    public static IEnumerable<IReadOnlyList<string>> ReadRows(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var rowHasContent = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    inQuotes = true;
                    rowHasContent = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    rowHasContent = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (rowHasContent || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return fields.ToArray();
                    }

                    fields.Clear();
                    field.Clear();
                    rowHasContent = false;
                    break;
                case '\u001a':
                    break;
                default:
                    field.Append(ch);
                    rowHasContent = true;
                    break;
            }
        }

        if (rowHasContent || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }

    /// <summary><c>-0-</c> (with or without surrounding spaces) and blank fields become null.</summary>
    public static string? Clean(string? field)
    {
        var trimmed = field?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed == "-0-" ? null : trimmed;
    }

    private static SdnRecord? ToRecord(IReadOnlyList<string> fields)
    {
        if (fields.Count < 2 || !int.TryParse(Clean(fields[0]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var name = Clean(fields[1]);
        if (name is null)
        {
            return null;
        }

        var type = (fields.Count > 2 ? Clean(fields[2]) : null)?.ToUpperInvariant() switch
        {
            "INDIVIDUAL" => SdnPartyType.Individual,
            "VESSEL" => SdnPartyType.Vessel,
            "AIRCRAFT" => SdnPartyType.Aircraft,
            _ => SdnPartyType.Entity,
        };
        var programs = (fields.Count > 3 ? Clean(fields[3]) : null)?
            .Split(['[', ']', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var remarks = fields.Count > RemarksColumn ? Clean(fields[RemarksColumn]) : null;
        return new SdnRecord(id, name, type, programs, ParseAliases(remarks), ParseCountries(remarks), remarks);
    }

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
