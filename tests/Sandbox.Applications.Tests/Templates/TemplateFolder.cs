using System.Text.Json.Nodes;
using Sandbox.Applications.Templates;
using Sandbox.Testing;

namespace Sandbox.Applications.Tests.Templates;

/// <summary>A temporary copy of the repository's <c>sandbox-templates/</c> whose files tests break or add to.</summary>
public sealed class TemplateFolder : IDisposable
{
    public static string Shipped { get; } = RepositoryPaths.Combine("sandbox-templates");

    private readonly TemporaryFolder _folder = new();

    public TemplateFolder()
    {
        Directory.CreateDirectory(System.IO.Path.Combine(_folder.Path, "schema"));
        foreach (var file in Directory.EnumerateFiles(Shipped, "*.json", SearchOption.AllDirectories))
        {
            File.Copy(file, System.IO.Path.Combine(_folder.Path, System.IO.Path.GetRelativePath(Shipped, file)));
        }
    }

    public string Path => _folder.Path;

    public static JsonObject Read(string file) => JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(Shipped, file)))!.AsObject();

    public void Write(string file, JsonNode template) => File.WriteAllText(System.IO.Path.Combine(Path, file), template.ToJsonString());

    public void WriteText(string file, string text) => File.WriteAllText(System.IO.Path.Combine(Path, file), text);

    /// <summary>Changes a shipped file in place and returns the problems the catalog then reports.</summary>
    public IReadOnlyList<TemplateProblem> Break(string file, Action<JsonObject> change)
    {
        var template = Read(file);
        change(template);
        Write(file, template);
        return Problems();
    }

    public IReadOnlyList<TemplateProblem> Problems() => Assert.Throws<SandboxTemplateException>(() => new SandboxTemplateCatalog(Path)).Problems;

    public void Dispose() => _folder.Dispose();
}
