using System.Text.Json;
using Sandbox.Applications.Templates;
using Sandbox.Domain.Sandboxes;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Licences;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Storage.Documents;

namespace Sandbox.Provisioning.Provisioning;

/// <summary>
/// Semantic versions of templates: a newer minor or patch version of the same major applies to running sandboxes (new
/// quotas and limits, new fields, changed datasets regenerated) unless it would loosen what is enforced there
/// (<see cref="TemplateUpgradeRules"/>); a newer major version never does. Both are reported as needing a new licence. Runs at start-up over every open sandbox and can be run for one.
/// </summary>
public sealed class SandboxTemplateUpgrader(
    SandboxEnvironments environments, DatasetWriter writer, SandboxTemplateCatalog templates, SandboxClients clients, SandboxData data,
    LicenceRegistry licences, AuditLog audit, TimeProvider time)
{
    private const string Actor = "provisioning";

    public async Task<IReadOnlyList<TemplateUpgradeOutcome>> UpgradeAllAsync(CancellationToken cancellationToken)
    {
        var outcomes = new List<TemplateUpgradeOutcome>();
        foreach (var environment in await environments.ListAsync(Storage.Queries.DocumentQuery.MaxPageSize, cancellationToken))
        {
            if (environment.Status is SandboxStatus.Provisioning or SandboxStatus.Ready or SandboxStatus.Suspended)
            {
                outcomes.Add(await UpgradeAsync(environment.Id, cancellationToken));
            }
        }

        return outcomes;
    }

    public async Task<TemplateUpgradeOutcome> UpgradeAsync(string sandboxId, CancellationToken cancellationToken)
    {
        var environment = (await environments.GetAsync(sandboxId, cancellationToken))?.Value ?? throw new InvalidOperationException($"Sandbox '{sandboxId}' does not exist.");
        var current = environment.TemplateVersion;
        var latest = templates.Find(environment.TemplateId);
        var newerMajor = latest is not null && latest.SemanticVersion.Major > TemplateVersion.Parse(current).Major ? latest.Version : null;
        var target = templates.LatestCompatible(environment.TemplateId, current);
        if (target is null || target.Version == current || environment.Status is SandboxStatus.Closed or SandboxStatus.Deprovisioned)
        {
            return new TemplateUpgradeOutcome(sandboxId, current, current, false, newerMajor, null);
        }

        var licence = (await licences.GetAsync(environment.LicenceId, cancellationToken))?.Value ?? throw new InvalidOperationException($"Licence '{environment.LicenceId}' does not exist.");
        var conditions = target.ConditionLimits.Apply(licence.Conditions);
        if (TemplateUpgradeRules.Loosening(environment, target, conditions) is { Count: > 0 } loosening)
        {
            return new TemplateUpgradeOutcome(sandboxId, current, current, false, newerMajor, $"{target.Version} {string.Join("; ", loosening)}: it needs a new licence.");
        }

        var chunkSize = environment.Datasets.Count > 0 ? environment.Datasets[0].ChunkSize : 500;
        var datasets = target.Datasets.Select(recipe => environment.Dataset(recipe.Name) is { } kept && Same(kept.Recipe, recipe)
            ? kept
            : new SandboxDataset { Recipe = recipe, ChunkSize = chunkSize }).ToList();
        var upgraded = await environments.ChangeAsync(sandboxId, e => e.TemplateVersion != current ? null : (e with
        {
            TemplateVersion = target.Version,
            Datasets = datasets,
            Conditions = conditions,
            Quotas = target.Quotas,
            OfferedOperations = target.Scopes,
        }).Record(time.GetUtcNow(), "upgrade", "started", $"Template {target.Id} {current} → {target.Version}: {datasets.Count(d => !d.Complete)} dataset(s) to regenerate."), cancellationToken);
        if (upgraded.TemplateVersion != target.Version)
        {
            return new TemplateUpgradeOutcome(sandboxId, current, upgraded.TemplateVersion, false, newerMajor, null);
        }

        foreach (var removed in environment.Datasets.Where(d => upgraded.Dataset(d.Recipe.Name) is null))
        {
            await writer.DeleteAsync(sandboxId, removed.Recipe.Name, fromChunk: 0, cancellationToken);
        }

        foreach (var dataset in upgraded.Datasets.Where(d => !d.Complete))
        {
            await writer.WriteAsync(upgraded, dataset, _ => { }, cancellationToken);
            var name = dataset.Recipe.Name;
            upgraded = await environments.ChangeAsync(sandboxId, e => e.WithDatasetComplete(name), cancellationToken);
        }

        if (upgraded.Status == SandboxStatus.Ready)
        {
            await clients.EnsureScopesAsync(upgraded, cancellationToken);
            await clients.EnsureClientsAsync(upgraded, secret: null, Actor, cancellationToken);
        }

        data.Forget(environment);
        upgraded = await environments.ChangeAsync(sandboxId, e => e.Record(time.GetUtcNow(), "upgrade", "succeeded", $"Now on template {target.Id} {target.Version}."), cancellationToken);
        await audit.AppendAsync(SandboxAuditEvents.TemplateUpgraded, Actor, sandboxId, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["from"] = current, ["to"] = target.Version, ["template"] = target.Id }, cancellationToken);
        return new TemplateUpgradeOutcome(sandboxId, current, upgraded.TemplateVersion, true, newerMajor, null);
    }

    private static bool Same(DatasetRecipe left, DatasetRecipe right) =>
        JsonSerializer.Serialize(left, StorageJson.Options) == JsonSerializer.Serialize(right, StorageJson.Options);
}
