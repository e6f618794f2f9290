using System.Text;
using Sandbox.Domain.Screening;
using Sandbox.Testing;

namespace Sandbox.Applications.Tests.Screening;

/// <summary>The real SDN file and CSV files derived from it: subsets, modified copies, broken copies.</summary>
public static class ScreeningListFiles
{
    /// <summary>../shared/data/screening beside the repository.</summary>
    public static string RealSdnPath { get; } =
        Path.Combine(Directory.GetParent(RepositoryPaths.Root)!.FullName, "shared", "data", "screening", "ofac-sdn-2024-01-30.csv");

    private static readonly Lazy<IReadOnlyList<string[]>> _realRows = new(() =>
    {
        using var reader = new StreamReader(RealSdnPath);
        return SdnCsvReader.ReadRows(reader).Where(r => r.Count == SdnCsvReader.ColumnCount).Select(r => r.ToArray()).ToArray();
    });

    /// <summary>The 13,889 rows of the real file, fields as written.</summary>
    public static IReadOnlyList<string[]> RealRows => _realRows.Value;

    /// <summary>Writes rows in the legacy layout, every field quoted; returns the line each row starts on.</summary>
    public static int[] Write(string path, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        var lines = new List<int>();
        var line = 1;
        foreach (var row in rows)
        {
            lines.Add(line);
            var written = string.Join(',', row.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n";
            line += written.Count(c => c == '\n');
            text.Append(written);
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return [.. lines];
    }

    public static string Id(string[] row) => row[0].Trim();

    public static string[] Row(string id, string name, string type, string programs, string remarks) =>
        [id, name, type, programs, "-0- ", "-0- ", "-0- ", "-0- ", "-0- ", "-0- ", "-0- ", remarks];

    /// <summary>
    /// A newer list: rows 10–12 delisted; row 2 (BANCO NACIONAL DE CUBA, 306) gains an alias, row 4 is renamed, row 5
    /// gets a second program, row 7 a title; two new entries at the end.
    /// </summary>
    public static ModifiedList Modify(IReadOnlyList<string[]> rows)
    {
        var copy = rows.Select(r => (string[])r.Clone()).ToList();
        copy[2][11] = "a.k.a. 'BNC'; a.k.a. 'BNC HAVANA'.";
        copy[4][1] += " HOLDINGS";
        copy[5][3] = "CUBA] [SDGT";
        copy[7][4] = "Trading arm";
        var changed = new Dictionary<string, string[]>
        {
            [Id(copy[2])] = ["aliases", "remarks"],
            [Id(copy[4])] = ["name"],
            [Id(copy[5])] = ["programs"],
            [Id(copy[7])] = ["details.title"],
        };
        var removed = new[] { Id(copy[10]), Id(copy[11]), Id(copy[12]) };
        copy.RemoveRange(10, 3);
        copy.Add(Row("99000001", "ZEPHYRA NORTHWIND TRADING LLC", "-0- ", "RUSSIA-EO14024", "nationality Russia."));
        copy.Add(Row("99000002", "QUILLAN, Morwen Astrid", "individual", "SDGT", "a.k.a. 'QUILLAN, Morwen'; nationality Cyprus."));
        return new ModifiedList(copy, ["99000001", "99000002"], changed, removed);
    }
}
