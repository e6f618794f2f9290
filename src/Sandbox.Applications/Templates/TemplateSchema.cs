using System.Text;
using System.Text.Json;
using Json.Schema;

namespace Sandbox.Applications.Templates;

/// <summary>The repository's JSON Schema for template files (<c>sandbox-templates/schema/sandbox-template.schema.json</c>).</summary>
internal sealed class TemplateSchema(JsonSchema schema)
{
    /// <summary>A registry of its own: the schema's <c>$id</c> would otherwise be registered once per process.</summary>
    public static TemplateSchema FromFile(string path) =>
        new(JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public IReadOnlyList<TemplateProblem> Check(string file, JsonElement document)
    {
        var results = schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (results.IsValid)
        {
            return [];
        }

        var problems = new List<TemplateProblem>();
        Collect(file, results, problems);
        return problems.Count > 0 ? problems.Distinct().ToList() : [new TemplateProblem(file, "", "does not match the sandbox template schema")];
    }

    /// <summary>Errors of failing nodes only, descending only into failing children.</summary>
    private static void Collect(string file, EvaluationResults node, List<TemplateProblem> problems)
    {
        foreach (var (keyword, message) in node.Errors ?? [])
        {
            var text = keyword == "" || message.Contains("false schema", StringComparison.Ordinal)
                ? "is not a property the sandbox template schema knows"
                : $"{message} ({keyword})";
            problems.Add(new TemplateProblem(file, ReadablePath(node.InstanceLocation.ToString()), text));
        }

        foreach (var child in (node.Details ?? []).Where(d => !d.IsValid))
        {
            Collect(file, child, problems);
        }
    }

    /// <summary><c>/datasets/0/fields/2/type</c> → <c>datasets[0].fields[2].type</c>.</summary>
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
