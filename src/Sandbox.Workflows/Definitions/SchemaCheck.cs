using System.Text.Json;
using Sandbox.Storage.Documents;

namespace Sandbox.Workflows.Definitions;

/// <summary>The repository's JSON Schema for definitions (<c>workflows/schema/workflow.schema.json</c>).</summary>
internal sealed class SchemaCheck(JsonSchemaCheck schema)
{
    public static SchemaCheck FromFile(string path) => new(JsonSchemaCheck.FromFile(path, "workflow"));

    public IReadOnlyList<DefinitionProblem> Check(string file, JsonElement document) =>
        [.. schema.Check(document).Select(p => new DefinitionProblem(file, p.Path, p.Message))];
}
