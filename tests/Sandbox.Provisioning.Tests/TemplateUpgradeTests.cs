using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications.Templates;
using Sandbox.Licensing.Tests;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Testing;

namespace Sandbox.Provisioning.Tests;

/// <summary>Template versions: a minor upgrade applies to a running sandbox, a major one is reported as needing a new licence.</summary>
public sealed class TemplateUpgradeTests : IAsyncLifetime
{
    private readonly TemporaryFolder _templates = new();
    private SandboxTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = new SandboxTestBed(await LicensingTestHost.StartAsync());

    public async Task DisposeAsync()
    {
        await _bed.Host.DisposeAsync();
        _templates.Dispose();
    }

    [Fact]
    public async Task A_minor_version_upgrades_a_running_sandbox_and_a_major_one_waits_for_a_new_licence()
    {
        var sandbox = (await _bed.SandboxAsync(await _bed.ActiveLicenceAsync()))!;
        Assert.Equal("1.0.0", sandbox.TemplateVersion);
        var catalog = CatalogWith(("network-flow-intrusion.v1.1.json", "1.1.0", 3000, 2500), ("network-flow-intrusion.v2.0.json", "2.0.0", 4000, 2000));

        var first = await UpgradeAsync(catalog, sandbox.Id);
        var again = await UpgradeAsync(catalog, sandbox.Id);

        Assert.Equal((true, "1.0.0", "1.1.0", "2.0.0"), (first.Upgraded, first.From, first.To, first.NewerMajor));
        Assert.Equal((false, "1.1.0", "2.0.0"), (again.Upgraded, again.To, again.NewerMajor));
        var upgraded = (await _bed.Get<Environments.SandboxEnvironments>().GetAsync(sandbox.Id))!.Value;
        Assert.Equal(("1.1.0", 3000), (upgraded.TemplateVersion, upgraded.Quotas.QueriesPerDay));
        Assert.All(upgraded.Datasets, d => Assert.True(d.Complete));
        var alerts = await _bed.Get<SandboxData>().RowsAsync(upgraded, upgraded.Dataset("ids_alerts")!, CancellationToken.None);
        Assert.Equal(2500, alerts.Count);
        Assert.Equal(upgraded.Datasets.Sum(d => d.ChunkCount), await _bed.ChunkCountAsync(upgraded));
        Assert.Equal(["upgrade", "upgrade"], upgraded.History.Where(h => h.Step == "upgrade").Select(h => h.Step));
    }

    [Fact]
    public async Task A_minor_version_that_would_loosen_the_sandbox_is_not_applied()
    {
        var sandbox = (await _bed.SandboxAsync(await _bed.ActiveLicenceAsync()))!;
        CatalogWith(("network-flow-intrusion.v1.1.json", "1.1.0", 2000, 2000));
        var file = Path.Combine(_templates.Path, "network-flow-intrusion.v1.1.json");
        var template = JsonNode.Parse(File.ReadAllText(file))!;
        var flows = template["datasets"]![0]!["fields"]!.AsArray();
        flows.First(f => f!["name"]!.GetValue<string>() == "user_account")!["class"] = "Attribute";
        File.WriteAllText(file, template.ToJsonString());

        var outcome = await UpgradeAsync(new SandboxTemplateCatalog(_templates.Path), sandbox.Id);

        Assert.False(outcome.Upgraded);
        Assert.Contains("flows.user_account changes from Identifier String to Attribute String", outcome.Blocked, StringComparison.Ordinal);
        Assert.Equal("1.0.0", (await _bed.Get<Environments.SandboxEnvironments>().GetAsync(sandbox.Id))!.Value.TemplateVersion);
    }

    private Task<TemplateUpgradeOutcome> UpgradeAsync(SandboxTemplateCatalog catalog, string sandboxId) =>
        _bed.InScopeAsync(s => ActivatorUtilities.CreateInstance<SandboxTemplateUpgrader>(s, catalog).UpgradeAsync(sandboxId, CancellationToken.None));

    /// <summary>The shipped templates plus versions of network-flow-intrusion with another quota and another number of alert rows.</summary>
    private SandboxTemplateCatalog CatalogWith(params (string File, string Version, int QueriesPerDay, int AlertRows)[] versions)
    {
        var source = RepositoryPaths.Combine("sandbox-templates");
        foreach (var file in Directory.EnumerateFiles(source, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_templates.Path, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var (name, version, queries, rows) in versions)
        {
            var template = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "network-flow-intrusion.json")))!;
            template["version"] = version;
            template["quotas"]!["queriesPerDay"] = queries;
            template["datasets"]![1]!["rowCount"] = rows;
            File.WriteAllText(Path.Combine(_templates.Path, name), template.ToJsonString());
        }

        return new SandboxTemplateCatalog(_templates.Path);
    }
}
