using System.Text;
using System.Text.Json;
using Json.Schema;

namespace Sandbox.Licensing.Exchange;

/// <summary>The repository's schema <c>docs/exchange/allied-exchange.v1.schema.json</c>, as copied to the output.</summary>
public sealed class AlliedExchangeSchema(JsonSchema schema)
{
    private static readonly Lazy<AlliedExchangeSchema> _default = new(() => FromFile(Path.Combine(AppContext.BaseDirectory, AlliedExchangeFormat.SchemaFile)));

    /// <summary>The schema next to the running assembly.</summary>
    public static AlliedExchangeSchema Default => _default.Value;

    /// <summary>A registry of its own: the schema's <c>$id</c> would otherwise be registered once per process.</summary>
    public static AlliedExchangeSchema FromFile(string path) =>
        new(JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>Every problem of the document, each with its path; none when it is valid.</summary>
    public IReadOnlyList<ExchangeProblem> Check(JsonElement document)
    {
        var results = schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        var problems = new List<ExchangeProblem>();
        Collect(results, problems);
        return problems.Count > 0 ? [.. problems.Distinct()] : [new ExchangeProblem("", "does not match the allied exchange schema")];
    }

    /// <exception cref="ExchangeSchemaException">The document is not valid.</exception>
    public void Ensure(JsonElement document)
    {
        var problems = Check(document);
        if (problems.Count > 0)
        {
            throw new ExchangeSchemaException(problems);
        }
    }

    private static void Collect(EvaluationResults node, List<ExchangeProblem> problems)
    {
        foreach (var (keyword, message) in node.Errors ?? [])
        {
            var text = message.Contains("false schema", StringComparison.Ordinal) ? "is not a property of the allied exchange schema" : $"{message} ({keyword})";
            problems.Add(new ExchangeProblem(ReadablePath(node.InstanceLocation.ToString()), text));
        }

        foreach (var child in (node.Details ?? []).Where(d => !d.IsValid))
        {
            Collect(child, problems);
        }
    }

    /// <summary><c>/records/2/reviewBy</c> → <c>records[2].reviewBy</c>.</summary>
    internal static string ReadablePath(string pointer)
    {
        var path = new StringBuilder();
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (name.All(char.IsAsciiDigit))
            {
                path.Append('[').Append(name).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? "" : ".").Append(name);
            }
        }

        return path.ToString();
    }
}
