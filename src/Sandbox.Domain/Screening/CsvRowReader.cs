using System.Text;

namespace Sandbox.Domain.Screening;

/// <summary>A CSV row and the 1-based line it starts on.</summary>
internal sealed record CsvRow(int Line, string[] Fields);

/// <summary>
/// Splits CSV text into rows of fields (RFC 4180 quoting: a quoted field may hold commas, line breaks and doubled
/// quotes). A byte order mark at the start and Ctrl-Z (0x1A) outside quotes are ignored, as are blank lines.
/// Lenient mode accepts what the legacy reader always accepted (a stray quote opens a quoted section); strict
/// mode refuses stray quotes, text after a closing quote and an unterminated quoted field, naming the line.
/// </summary>
internal static class CsvRowReader
{
    public static IEnumerable<CsvRow> Read(TextReader reader, bool strict)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var afterClosingQuote = false;
        var rowHasContent = false;
        int line = 1, rowLine = 1, quoteLine = 1;
        if (reader.Peek() == '\uFEFF')
        {
            reader.Read();
        }

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
                        afterClosingQuote = true;
                    }
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }

                continue;
            }

            if (strict && afterClosingQuote && ch is not (',' or '\r' or '\n' or '\u001a'))
            {
                throw new ScreeningListFormatException(line, $"unexpected '{ch}' after the closing quote of column {fields.Count + 1}; a quoted field must end at a comma or the end of the line.");
            }

            switch (ch)
            {
                case '"':
                    if (strict && field.Length > 0)
                    {
                        throw new ScreeningListFormatException(line, $"a quote inside the unquoted column {fields.Count + 1}; quote the whole field and double the quotes inside it.");
                    }

                    inQuotes = true;
                    quoteLine = line;
                    rowHasContent = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterClosingQuote = false;
                    rowHasContent = true;
                    break;
                case '\r':
                case '\u001a':
                    break;
                case '\n':
                    if (rowHasContent || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return new CsvRow(rowLine, [.. fields]);
                    }

                    fields.Clear();
                    field.Clear();
                    afterClosingQuote = false;
                    rowHasContent = false;
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(ch);
                    rowHasContent = true;
                    break;
            }
        }

        if (strict && inQuotes)
        {
            throw new ScreeningListFormatException(quoteLine, $"the quoted column {fields.Count + 1} that opens here is never closed.");
        }

        if (rowHasContent || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRow(rowLine, [.. fields]);
        }
    }
}
