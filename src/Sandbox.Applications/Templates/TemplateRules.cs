using System.Globalization;
using System.Text.RegularExpressions;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;

namespace Sandbox.Applications.Templates;

/// <summary>The rules a template keeps beyond its schema: names, datasets that can be generated, defaults within the limits.</summary>
internal static partial class TemplateRules
{
    public static List<TemplateProblem> Check(string file, SandboxTemplate template)
    {
        var problems = new List<TemplateProblem>();
        void Add(string path, string message) => problems.Add(new TemplateProblem(file, path, message));

        if (!IdPattern().IsMatch(template.Id))
        {
            Add("id", "id must be lower-case words joined by hyphens");
        }

        if (!TemplateVersion.TryParse(template.Version, out var version))
        {
            Add("version", "version must be a semantic version such as 1.0.0");
        }
        else if (!IsNamedAfter(Path.GetFileNameWithoutExtension(file), template.Id, version))
        {
            Add("id", $"the file of {template.Id} {version} must be named '{template.Id}.json' or '{template.Id}.v{version.Major}.{version.Minor}.json'");
        }

        if (template.MaxDurationDays is < 1 or > ApplicationLimits.MaxDurationDays)
        {
            Add("maxDurationDays", Text($"maxDurationDays must be 1 to {ApplicationLimits.MaxDurationDays}"));
        }

        if (template.DeploymentContexts.Count == 0)
        {
            Add("deploymentContexts", "deploymentContexts must name at least one context");
        }

        if (template.DataCategories.Count == 0)
        {
            Add("dataCategories", "dataCategories must name at least one category");
        }

        if (string.IsNullOrWhiteSpace(template.Region))
        {
            Add("region", "region must name where the sandbox runs, such as EU or Global");
        }

        Datasets(template, Add);
        Conditions(template, Add);
        if (template.Quotas.StorageMegabytes < 1)
        {
            Add("quotas.storageMegabytes", "the storage quota must be at least 1 MB");
        }

        if (template.Quotas.QueriesPerDay < 1)
        {
            Add("quotas.queriesPerDay", "the query quota must be at least 1 a day");
        }

        Scopes(template, Add);
        return problems;
    }

    /// <summary><c>id.json</c>, or <c>id.vMAJOR.MINOR.json</c> / <c>id.vMAJOR.MINOR.PATCH.json</c> for the version it holds.</summary>
    private static bool IsNamedAfter(string stem, string id, TemplateVersion version) =>
        stem == id || stem == $"{id}.v{version}" || (version.Patch == 0 && stem == Text($"{id}.v{version.Major}.{version.Minor}"));

    private static void Datasets(SandboxTemplate template, Action<string, string> add)
    {
        if (template.Datasets.Count == 0)
        {
            add("datasets", "a template provisions at least one dataset");
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < template.Datasets.Count; i++)
        {
            var dataset = template.Datasets[i];
            foreach (var problem in SyntheticDataGenerator.Problems(dataset))
            {
                add(Text($"datasets[{i}]") + (problem.Path.Length == 0 ? "" : "." + problem.Path), problem.Message);
            }

            if (!names.TryAdd(dataset.Name, i))
            {
                add(Text($"datasets[{i}].name"), Text($"the dataset name '{dataset.Name}' is used by datasets[{names[dataset.Name]}] already"));
            }
        }
    }

    private static void Conditions(SandboxTemplate template, Action<string, string> add)
    {
        var defaults = template.DefaultConditions;
        var limits = template.ConditionLimits;
        AtMost("maxRowsPerQuery", defaults.MaxRowsPerQuery, limits.MaxRowsPerQuery, "rows a query", add);
        AtMost("queriesPerDay", defaults.QueriesPerDay, limits.QueriesPerDay, "queries a day", add);
        AtMost("retentionDays", defaults.RetentionDays, limits.RetentionDays, "days of retention", add);
        if (limits.MinimumCellSize is { } floor && !(defaults.MinimumCellSize >= floor))
        {
            add("defaultConditions.minimumCellSize", Text($"the template's limits need a minimum cell size of at least {floor}; the defaults set {Shown(defaults.MinimumCellSize)}"));
        }

        if (defaults.AggregateOnly && defaults.MinimumCellSize is null)
        {
            add("defaultConditions.minimumCellSize", "aggregate-only output needs a minimum cell size");
        }

        if (defaults.DataLocalizationRegion is { } region && !string.Equals(region, template.Region, StringComparison.Ordinal))
        {
            add("defaultConditions.dataLocalizationRegion", $"the defaults lock data to '{region}' but the template runs in '{template.Region}'");
        }

        var fields = template.Datasets.SelectMany(d => d.Fields ?? []).Select(f => f?.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < defaults.DeniedFields.Count; i++)
        {
            if (!fields.Contains(defaults.DeniedFields[i]))
            {
                add(Text($"defaultConditions.deniedFields[{i}]"), $"no dataset of the template has a field '{defaults.DeniedFields[i]}'");
            }
        }
    }

    private static void AtMost(string name, int? value, int? limit, string what, Action<string, string> add)
    {
        if (limit is { } max && !(value <= max))
        {
            add("defaultConditions." + name, Text($"the template's limits allow at most {max} {what}; the defaults set {Shown(value)}"));
        }
    }

    private static void Scopes(SandboxTemplate template, Action<string, string> add)
    {
        if (template.Scopes.Count == 0)
        {
            add("scopes", $"a template offers at least one of {string.Join(", ", SandboxScopes.All)}");
        }

        for (var i = 0; i < template.Scopes.Count; i++)
        {
            if (!SandboxScopes.All.Contains(template.Scopes[i], StringComparer.Ordinal))
            {
                add(Text($"scopes[{i}]"), $"'{template.Scopes[i]}' is not a scope; use {string.Join(", ", SandboxScopes.All)}");
            }
            else if (template.Scopes.Take(i).Contains(template.Scopes[i], StringComparer.Ordinal))
            {
                add(Text($"scopes[{i}]"), $"'{template.Scopes[i]}' is listed twice");
            }
        }
    }

    private static string Shown(int? value) => value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "none";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
