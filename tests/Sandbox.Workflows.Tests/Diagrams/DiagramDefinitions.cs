using System.Text.Json;
using Sandbox.Testing;
using Sandbox.Workflows.Definitions;

namespace Sandbox.Workflows.Tests.Diagrams;

/// <summary>
/// Definitions to draw: the runtime's review test, a 26-state licence lifecycle with nested superstates (read from
/// the source tree, not checked against the schema: the layout needs only the shape), and every real definition in
/// the repository's <c>workflows/</c> folder, so each new one is checked as it lands.
/// </summary>
public static class DiagramDefinitions
{
    public static WorkflowDefinition ReviewTest => Read(Path.Combine(AppContext.BaseDirectory, "Definitions", "Files", "review-test.v1.json"));

    public static WorkflowDefinition PilotLicence => Read(RepositoryPaths.Combine("tests", "Sandbox.Workflows.Tests", "Diagrams", "Files", "pilot-licence.v1.json"));

    public static TheoryData<string> All()
    {
        var names = new TheoryData<string> { "review-test", "pilot-licence" };
        foreach (var file in RepositoryDefinitionFiles())
        {
            names.Add(Path.GetFileName(file));
        }

        return names;
    }

    public static WorkflowDefinition Named(string name) => name switch
    {
        "review-test" => ReviewTest,
        "pilot-licence" => PilotLicence,
        _ => Read(RepositoryPaths.Combine("workflows", name)),
    };

    public static WorkflowDefinition Parse(string json) => JsonSerializer.Deserialize<WorkflowDefinition>(json, DefinitionJson.Options)!;

    private static WorkflowDefinition Read(string path) => Parse(File.ReadAllText(path));

    private static IEnumerable<string> RepositoryDefinitionFiles()
    {
        var directory = RepositoryPaths.Combine("workflows");
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            : [];
    }
}
