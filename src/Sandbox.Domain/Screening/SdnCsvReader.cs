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
public static partial class SdnCsvReader
{
    /// <summary>Columns of the legacy layout.</summary>
    public const int ColumnCount = 12;

    private const int RemarksColumn = 11;

    /// <summary>The names <see cref="SdnRecord.Details"/> gives columns 5 to 11 (title, vessel and aircraft fields).</summary>
    public static IReadOnlyList<string> DetailColumns { get; } =
        ["title", "callSign", "vesselType", "tonnage", "grossRegisteredTonnage", "vesselFlag", "vesselOwner"];

    /// <summary>Lenient: rows that are not entries (no entity number, no name) are skipped.</summary>
    public static IEnumerable<SdnRecord> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadIterator(reader);
    }

    /// <inheritdoc cref="Read(TextReader)"/>
    public static IEnumerable<SdnRecord> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadStreamIterator(stream);
    }

    /// <summary>
    /// Strict, for imports: every row must be a well-formed entry of <see cref="ColumnCount"/> columns with a unique
    /// positive entity number, a name and a known type, and the file must hold at least one entry. Reads everything
    /// before returning; the first problem throws <see cref="ScreeningListFormatException"/> naming its line.
    /// </summary>
    public static IReadOnlyList<SdnRecord> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<SdnRecord>();
        var firstLine = new Dictionary<int, int>();
        foreach (var row in CsvRowReader.Read(reader, strict: true))
        {
            var record = ToStrictRecord(row);
            if (!firstLine.TryAdd(record.Id, row.Line))
            {
                throw new ScreeningListFormatException(row.Line, $"entity number {record.Id} appears again (first on line {firstLine[record.Id]}).");
            }

            records.Add(record);
        }

        return records.Count > 0
            ? records
            : throw new ScreeningListFormatException(0, "The file holds no SDN entries; importing it would delist every entry.");
    }

    /// <inheritdoc cref="Parse(TextReader)"/>
    public static IReadOnlyList<SdnRecord> Parse(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        try
        {
            return Parse(reader);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ScreeningListFormatException(0, "The file is not UTF-8 text: " + ex.Message);
        }
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
        foreach (var row in CsvRowReader.Read(reader, strict: false))
        {
            var fields = row.Fields;
            if (fields.Length >= 2
                && int.TryParse(Clean(fields[0]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                && Clean(fields[1]) is { } name)
            {
                yield return ToRecord(id, name, ParseType(fields.Length > 2 ? Clean(fields[2]) : null) ?? SdnPartyType.Entity, fields);
            }
        }
    }

    /// <summary>Splits CSV text into rows of fields (RFC 4180 quoting). A trailing Ctrl-Z (0x1A) is ignored.</summary>
    public static IEnumerable<IReadOnlyList<string>> ReadRows(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return CsvRowReader.Read(reader, strict: false).Select(row => (IReadOnlyList<string>)row.Fields);
    }

    /// <summary><c>-0-</c> (with or without surrounding spaces) and blank fields become null.</summary>
    public static string? Clean(string? field)
    {
        var trimmed = field?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed == "-0-" ? null : trimmed;
    }

    private static SdnRecord ToStrictRecord(CsvRow row)
    {
        var fields = row.Fields;
        if (fields.Length != ColumnCount)
        {
            throw new ScreeningListFormatException(row.Line, $"expected {ColumnCount} comma-separated columns (the legacy SDN layout), found {fields.Length}.");
        }

        var number = Clean(fields[0]);
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            throw new ScreeningListFormatException(row.Line, $"the entity number '{number ?? fields[0]}' is not a positive whole number.");
        }

        var name = Clean(fields[1]) ?? throw new ScreeningListFormatException(row.Line, $"entity {id} has no name.");
        var typeText = Clean(fields[2]);
        var type = ParseType(typeText)
            ?? throw new ScreeningListFormatException(row.Line, $"entity {id} has the unknown type '{typeText}' (expected individual, vessel, aircraft or -0-).");
        return ToRecord(id, name, type, fields);
    }

    /// <summary>Null for a type text that is not one of the four; a missing type is an entity.</summary>
    private static SdnPartyType? ParseType(string? type) => type?.ToUpperInvariant() switch
    {
        null => SdnPartyType.Entity,
        "INDIVIDUAL" => SdnPartyType.Individual,
        "VESSEL" => SdnPartyType.Vessel,
        "AIRCRAFT" => SdnPartyType.Aircraft,
        _ => null,
    };

    private static SdnRecord ToRecord(int id, string name, SdnPartyType type, string[] fields)
    {
        var programs = (fields.Length > 3 ? Clean(fields[3]) : null)?
            .Split(['[', ']', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var remarks = fields.Length > RemarksColumn ? Clean(fields[RemarksColumn]) : null;
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < DetailColumns.Count && 4 + i < fields.Length && 4 + i < RemarksColumn; i++)
        {
            if (Clean(fields[4 + i]) is { } value)
            {
                details[DetailColumns[i]] = value;
            }
        }

        return new SdnRecord(id, name, type, programs, ParseAliases(remarks), ParseCountries(remarks), remarks) { Details = details };
    }
}
