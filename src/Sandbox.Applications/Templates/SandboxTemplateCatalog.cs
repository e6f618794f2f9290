using System.Text.Json;
using System.Text.RegularExpressions;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Documents;

namespace Sandbox.Applications.Templates;

/// <summary>
/// The sandbox templates on offer, read once from a folder of JSON files. A file that cannot be read or
/// breaks a rule stops start-up with a message naming the file.
/// </summary>
public sealed partial class SandboxTemplateCatalog
{
    private readonly Dictionary<string, SandboxTemplate> _templates;

    public SandboxTemplateCatalog(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException($"The sandbox template folder '{directory}' does not exist.");
        }

        _templates = new Dictionary<string, SandboxTemplate>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var template = Read(file);
            if (!_templates.TryAdd(template.Id, template))
            {
                throw new InvalidOperationException($"{Path.GetFileName(file)}: the template id '{template.Id}' is used twice.");
            }
        }

        if (_templates.Count == 0)
        {
            throw new InvalidOperationException($"The sandbox template folder '{directory}' has no templates.");
        }
    }

    /// <summary>The folder shipped beside the application (copied from the repository's <c>sandbox-templates/</c>).</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "sandbox-templates");

    public IReadOnlyList<SandboxTemplate> All => _templates.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyDictionary<string, TemplateTerms> Terms => _templates.ToDictionary(p => p.Key, p => p.Value.Terms, StringComparer.Ordinal);

    public SandboxTemplate? Find(string? id) => id is not null && _templates.TryGetValue(id, out var template) ? template : null;

    private static SandboxTemplate Read(string file)
    {
        SandboxTemplate? template;
        try
        {
            template = JsonSerializer.Deserialize<SandboxTemplate>(File.ReadAllText(file), StorageJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)}: {ex.Message}", ex);
        }

        var problem = template switch
        {
            null => "the file is empty",
            _ when !IdPattern().IsMatch(template.Id) => "id must be lower-case words joined by hyphens",
            _ when !VersionPattern().IsMatch(template.Version) => "version must be a semantic version such as 1.0.0",
            _ when template.MaxDurationDays is < 1 or > ApplicationLimits.MaxDurationDays => $"maxDurationDays must be 1 to {ApplicationLimits.MaxDurationDays}",
            _ when template.DeploymentContexts.Count == 0 => "deploymentContexts must name at least one context",
            _ when template.DataCategories.Count == 0 => "dataCategories must name at least one category",
            _ => null,
        };
        return problem is null ? template! : throw new InvalidOperationException($"{Path.GetFileName(file)}: {problem}.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex VersionPattern();
}
