using System.Text;
using System.Text.Json;
using Json.Schema;

namespace Sandbox.Workflows.Definitions;

/// <summary>The repository's JSON Schema for definitions (<c>workflows/schema/workflow.schema.json</c>).</summary>
internal sealed class SchemaCheck(JsonSchema schema)
{
    public static SchemaCheck FromFile(string path) => new(JsonSchema.FromText(File.ReadAllText(path)));

    public IReadOnlyList<DefinitionProblem> Check(string file, JsonElement document)
    {
        var results = schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var problems = new List<DefinitionProblem>();
        foreach (var detail in (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }))
        {
            foreach (var error in detail.Errors!)
            {
                problems.Add(new DefinitionProblem(file, ReadablePath(detail.InstanceLocation.ToString()), $"{error.Value} ({error.Key})"));
            }
        }

        return problems.Count > 0 ? Deduplicated(problems) : [new DefinitionProblem(file, "", "does not match the workflow schema")];
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

    private static List<DefinitionProblem> Deduplicated(List<DefinitionProblem> problems) => problems.Distinct().ToList();
}
