using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sandbox.Web.Api;

/// <summary>RFC 4180 CSV of an export, with formula-looking cells neutralised for spreadsheet users.</summary>
internal static class ExportCsv
{
    public static string Write(IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', columns.Select(Cell)));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(',', row.Select(v => Cell(Format(v)))));
        }

        return text.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        JsonElement { ValueKind: JsonValueKind.String } s => s.GetString() ?? string.Empty,
        JsonElement { ValueKind: JsonValueKind.Null } => string.Empty,
        JsonElement e => e.GetRawText(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
