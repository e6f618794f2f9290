using System.Text;
using System.Text.Json;
using Json.Schema;

namespace Sandbox.Workflows.Definitions;

/// <summary>The repository's JSON Schema for definitions (<c>workflows/schema/workflow.schema.json</c>).</summary>
internal sealed class SchemaCheck(JsonSchema schema)
{
    /// <summary>A registry of its own: the schema's <c>$id</c> would otherwise be registered once per process.</summary>
    public static SchemaCheck FromFile(string path) =>
        new(JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public IReadOnlyList<DefinitionProblem> Check(string file, JsonElement document)
    {
        var results = schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (results.IsValid)
        {
            return [];
        }

        var problems = new List<DefinitionProblem>();
        Collect(file, results, problems);
        return problems.Count > 0 ? problems.Distinct().ToList() : [new DefinitionProblem(file, "", "does not match the workflow schema")];
    }

    /// <summary>
    /// Errors of failing nodes only, descending only into failing children: the rejected branches of a
    /// <c>oneOf</c> that passed as a whole are not problems.
    /// </summary>
    private static void Collect(string file, EvaluationResults node, List<DefinitionProblem> problems)
    {
        foreach (var (keyword, message) in node.Errors ?? [])
        {
            var text = keyword == "" || message.Contains("false schema", StringComparison.Ordinal)
                ? "is not a property the workflow schema knows"
                : $"{message} ({keyword})";
            problems.Add(new DefinitionProblem(file, ReadablePath(node.InstanceLocation.ToString()), text));
        }

        foreach (var child in (node.Details ?? []).Where(d => !d.IsValid))
        {
            Collect(file, child, problems);
        }
    }

    /// <summary><c>/states/2/transitions/0/to</c> → <c>states[2].transitions[0].to</c>.</summary>
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
