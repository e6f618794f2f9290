using System.Text.Json;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Sandboxes;
using Sandbox.Storage.Documents;

namespace Sandbox.Applications.Templates;

/// <summary>
/// The sandbox templates on offer, read once from the <c>*.json</c> files of a folder (not its subfolders), each checked
/// against <see cref="SchemaFile"/> first and then against <see cref="TemplateRules"/>. Several versions of one id may
/// ship; an id and version may not ship twice. Any problem stops start-up with a <see cref="SandboxTemplateException"/>
/// naming the file, JSON path and problem.
/// </summary>
public sealed class SandboxTemplateCatalog
{
    /// <summary>The schema, relative to the template folder.</summary>
    public const string SchemaFile = "schema/sandbox-template.schema.json";

    /// <summary>Each id's versions, oldest first.</summary>
    private readonly Dictionary<string, SandboxTemplate[]> _versions;

    public SandboxTemplateCatalog(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException($"The sandbox template folder '{directory}' does not exist.");
        }

        var schemaPath = Path.Combine(directory, SchemaFile);
        if (!File.Exists(schemaPath))
        {
            throw new SandboxTemplateException([new TemplateProblem(SchemaFile, "", "the sandbox template schema is missing")]);
        }

        var schema = TemplateSchema.FromFile(schemaPath);
        var problems = new List<TemplateProblem>();
        var read = new List<(string File, SandboxTemplate Template)>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            if (Read(file, File.ReadAllText(path), schema, problems) is { } template)
            {
                read.Add((file, template));
            }
        }

        foreach (var twice in read.GroupBy(r => (r.Template.Id, r.Template.SemanticVersion)).Where(g => g.Count() > 1))
        {
            var files = twice.Select(r => r.File).ToList();
            problems.Add(new TemplateProblem(files[^1], "version", $"{twice.Key.Id} {twice.Key.SemanticVersion} is also defined by {string.Join(", ", files.SkipLast(1))}"));
        }

        if (problems.Count > 0)
        {
            throw new SandboxTemplateException(problems);
        }

        if (read.Count == 0)
        {
            throw new InvalidOperationException($"The sandbox template folder '{directory}' has no templates.");
        }

        _versions = read.Select(r => r.Template).GroupBy(t => t.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.SemanticVersion).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The folder shipped beside the application (copied from the repository's <c>sandbox-templates/</c>).</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "sandbox-templates");

    /// <summary>The latest version of each template, by name.</summary>
    public IReadOnlyList<SandboxTemplate> All => _versions.Values.Select(v => v[^1]).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    /// <summary>The terms of each template's latest version, by id.</summary>
    public IReadOnlyDictionary<string, TemplateTerms> Terms => _versions.ToDictionary(p => p.Key, p => p.Value[^1].Terms, StringComparer.Ordinal);

    /// <summary>The latest version of the template, or null.</summary>
    public SandboxTemplate? Find(string? id) => id is not null && _versions.TryGetValue(id, out var versions) ? versions[^1] : null;

    /// <summary>That exact version (<c>1.1.0</c>), or null.</summary>
    public SandboxTemplate? Find(string id, string version) =>
        TemplateVersion.TryParse(version, out var wanted) ? Versions(id).FirstOrDefault(t => t.SemanticVersion == wanted) : null;

    /// <summary>Every version of the template, oldest first; empty for an unknown id.</summary>
    public IReadOnlyList<SandboxTemplate> Versions(string id) => _versions.TryGetValue(id, out var versions) ? versions : [];

    /// <summary>
    /// What a sandbox on <paramref name="version"/> may move to as it is: the newest version with the same major, which is
    /// the given one when nothing newer ships; null when neither that version nor a newer one of its major ships.
    /// </summary>
    public SandboxTemplate? LatestCompatible(string id, string version) =>
        TemplateVersion.TryParse(version, out var current)
            ? Versions(id).LastOrDefault(t => t.SemanticVersion == current || current.IsCompatibleUpgradeTo(t.SemanticVersion))
            : null;

    /// <summary>Checks one template file's text; used by the constructor and by tests.</summary>
    internal static SandboxTemplate? Read(string file, string text, TemplateSchema schema, List<TemplateProblem> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            problems.Add(new TemplateProblem(file, e.Path ?? "", $"not valid JSON: line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}"));
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

            SandboxTemplate? template;
            try
            {
                template = document.RootElement.Deserialize<SandboxTemplate>(StorageJson.Options);
            }
            catch (JsonException e)
            {
                problems.Add(new TemplateProblem(file, (e.Path ?? "").TrimStart('$', '.'), e.Message));
                return null;
            }

            if (template is null)
            {
                problems.Add(new TemplateProblem(file, "", "the file is empty"));
                return null;
            }

            var rules = TemplateRules.Check(file, template);
            problems.AddRange(rules);
            return rules.Count == 0 ? template : null;
        }
    }
}
