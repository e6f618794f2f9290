using System.Text.Json;
using Sandbox.Storage.Documents;

namespace Sandbox.Applications.Templates;

/// <summary>The repository's JSON Schema for template files (<c>sandbox-templates/schema/sandbox-template.schema.json</c>).</summary>
internal sealed class TemplateSchema(JsonSchemaCheck schema)
{
    public static TemplateSchema FromFile(string path) => new(JsonSchemaCheck.FromFile(path, "sandbox template"));

    public IReadOnlyList<TemplateProblem> Check(string file, JsonElement document) =>
        [.. schema.Check(document).Select(p => new TemplateProblem(file, p.Path, p.Message))];
}
