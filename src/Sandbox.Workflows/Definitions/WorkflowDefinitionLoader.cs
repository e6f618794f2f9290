using System.Text.Json;
using System.Text.RegularExpressions;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Workflows.Definitions;

/// <summary>
/// Reads every <c>&lt;id&gt;.v&lt;version&gt;.json</c> in a directory, checks it against the schema in
/// <c>schema/workflow.schema.json</c> and against the registered activities, and refuses the lot if any fails.
/// </summary>
public static partial class WorkflowDefinitionLoader
{
    public const string SchemaFile = "schema/workflow.schema.json";

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "workflows");

    public static WorkflowDefinitionRegistry Load(string directory, IEnumerable<IWorkflowActivity> activities)
    {
        var byName = activities.ToDictionary(a => a.Name, StringComparer.Ordinal);
        var schemaPath = Path.Combine(directory, SchemaFile);
        if (!File.Exists(schemaPath))
        {
            throw new WorkflowDefinitionException([new DefinitionProblem(schemaPath, "", "the workflow schema is missing")]);
        }

        var schema = SchemaCheck.FromFile(schemaPath);
        var problems = new List<DefinitionProblem>();
        var definitions = new List<WorkflowDefinition>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            if (!DefinitionFileName().IsMatch(Path.GetFileName(path)))
            {
                problems.Add(new DefinitionProblem(Path.GetFileName(path), "", "definition files are named <id>.v<version>.json"));
                continue;
            }

            var definition = LoadOne(Path.GetFileName(path), File.ReadAllText(path), schema, byName, problems);
            if (definition is not null)
            {
                definitions.Add(definition);
            }
        }

        foreach (var duplicate in definitions.GroupBy(d => d.Key).Where(g => g.Count() > 1))
        {
            problems.Add(new DefinitionProblem(duplicate.Key, "", "this id and version is defined by more than one file"));
        }

        return problems.Count > 0 ? throw new WorkflowDefinitionException(problems) : new WorkflowDefinitionRegistry(definitions);
    }

    /// <summary>Checks one definition's text; used by <see cref="Load"/> and by tests.</summary>
    internal static WorkflowDefinition? LoadOne(
        string file, string text, SchemaCheck schema, IReadOnlyDictionary<string, IWorkflowActivity> activities, List<DefinitionProblem> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            problems.Add(new DefinitionProblem(file, e.Path ?? "", $"not valid JSON: line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}"));
            return null;
        }

        using (document)
        {
            var schemaProblems = schema.Check(file, document.RootElement);
            if (schemaProblems.Count > 0)
            {
                problems.AddRange(schemaProblems);
                return null;
            }

            var definition = document.RootElement.Deserialize<WorkflowDefinition>(DefinitionJson.Options)!;
            var expectedName = $"{definition.Id}.v{definition.Version}.json";
            if (!string.Equals(file, expectedName, StringComparison.Ordinal))
            {
                problems.Add(new DefinitionProblem(file, "id", $"the file of {definition.Key} must be named '{expectedName}'"));
            }

            var semantic = new DefinitionValidator(file, definition, activities).Validate();
            problems.AddRange(semantic);
            return semantic.Count == 0 ? definition : null;
        }
    }

    [GeneratedRegex(@"^[a-z][a-z0-9-]*\.v[0-9]+\.json$")]
    private static partial Regex DefinitionFileName();
}
