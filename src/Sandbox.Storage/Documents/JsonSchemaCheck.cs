using System.Text;
using System.Text.Json;
using Json.Schema;

namespace Sandbox.Storage.Documents;

/// <summary>
/// One of the repository's JSON Schemas (workflow definitions, sandbox templates, the allied exchange format) and the
/// failures of a document against it, each at a readable path such as <c>states[2].transitions[0].to</c>.
/// </summary>
public sealed class JsonSchemaCheck
{
    private readonly JsonSchema _schema;
    private readonly string _name;

    private JsonSchemaCheck(JsonSchema schema, string name)
    {
        _schema = schema;
        _name = name;
    }

    /// <summary>A registry of its own: the schema's <c>$id</c> would otherwise be registered once per process.</summary>
    /// <param name="name">How messages name the schema, such as <c>workflow</c>.</param>
    public static JsonSchemaCheck FromFile(string path, string name) =>
        new(JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = new SchemaRegistry() }), name);

    /// <summary>Every problem of the document, distinct, in document order; none when it is valid.</summary>
    /// <param name="formats">Also check <c>format</c> keywords (dates, e-mail addresses).</param>
    public IReadOnlyList<JsonSchemaProblem> Check(JsonElement document, bool formats = false)
    {
        var results = _schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = formats });
        if (results.IsValid)
        {
            return [];
        }

        var problems = new List<JsonSchemaProblem>();
        Collect(results, problems);
        return problems.Count > 0 ? [.. problems.Distinct()] : [new JsonSchemaProblem("", $"does not match the {_name} schema")];
    }

    /// <summary>
    /// Errors of failing nodes only, descending only into failing children: the rejected branches of a
    /// <c>oneOf</c> that passed as a whole are not problems.
    /// </summary>
    private void Collect(EvaluationResults node, List<JsonSchemaProblem> problems)
    {
        foreach (var (keyword, message) in node.Errors ?? [])
        {
            var text = keyword == "" || message.Contains("false schema", StringComparison.Ordinal)
                ? $"is not a property the {_name} schema knows"
                : $"{message} ({keyword})";
            problems.Add(new JsonSchemaProblem(ReadablePath(node.InstanceLocation.ToString()), text));
        }

        foreach (var child in (node.Details ?? []).Where(d => !d.IsValid))
        {
            Collect(child, problems);
        }
    }

    /// <summary><c>/states/2/transitions/0/to</c> → <c>states[2].transitions[0].to</c>.</summary>
    public static string ReadablePath(string jsonPointer)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        var path = new StringBuilder();
        foreach (var segment in jsonPointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segmentName = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (segmentName.All(char.IsAsciiDigit))
            {
                path.Append('[').Append(segmentName).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? "" : ".").Append(segmentName);
            }
        }

        return path.ToString();
    }
}

/// <summary>A document's failure against a schema: where (a readable path, empty for the whole document) and what.</summary>
public sealed record JsonSchemaProblem(string Path, string Message);
