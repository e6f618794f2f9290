using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Sandbox.Domain.Sandboxes;
using Sandbox.Identity.Clients;
using Sandbox.Licensing.Tests;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Provisioning;

namespace Sandbox.Provisioning.Tests;

/// <summary>Provisioning driven by the licence lifecycle on the embedded store: what is created, shown once, withdrawn, reopened and purged.</summary>
public sealed class ProvisioningTests : IAsyncLifetime
{
    private SandboxTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = new SandboxTestBed(await LicensingTestHost.StartAsync());

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    [Fact]
    public async Task Activation_provisions_datasets_clients_and_scopes_and_the_secret_is_shown_once()
    {
        var licence = await _bed.ActiveLicenceAsync();
        var sandbox = await _bed.SandboxAsync(licence);

        Assert.NotNull(sandbox);
        Assert.Equal((SandboxStatus.Ready, true, 1, "EU"), (sandbox.Status, sandbox.ClientsEnabled, sandbox.CredentialGeneration, sandbox.Region));
        Assert.All(sandbox.Datasets, d => Assert.True(d.Complete));
        Assert.Equal(sandbox.Datasets.Sum(d => d.ChunkCount), await _bed.ChunkCountAsync(sandbox));
        var flows = sandbox.Dataset("flows")!;
        var stored = await _bed.Get<SandboxData>().RowsAsync(sandbox, flows, CancellationToken.None);
        Assert.Equal(SyntheticDataGenerator.Generate(flows.Recipe).Select(r => string.Join('|', r)), stored.Select(r => string.Join('|', r)));
        Assert.Equal([_bed.Host.Applicant.UserId], sandbox.NamedResearchers);
        Assert.Equal(["create", "dataset", "dataset", "ready"], sandbox.History.Select(h => h.Step));

        var (service, notebook) = await _bed.InScopeAsync(async s => (
            await s.GetRequiredService<ClientRegistry>().GetAsync(SandboxIds.ServiceClient(sandbox.Id)),
            await s.GetRequiredService<ClientRegistry>().GetAsync(SandboxIds.NotebookClient(sandbox.Id))));
        string[] scopes = [$"sandbox:{sandbox.Id}:query", $"sandbox:{sandbox.Id}:export-request"];
        Assert.Equal((false, "confidential", "client_credentials"), (service!.Disabled, service.ClientType, string.Join(' ', service.GrantTypes)));
        Assert.Equal(scopes.Order(), service.Scopes.Order());
        Assert.Equal((false, "public", "authorization_code"), (notebook!.Disabled, notebook.ClientType, string.Join(' ', notebook.GrantTypes)));

        var vault = _bed.Get<SandboxCredentialVault>();
        var shown = await vault.TakeAsync(sandbox, CancellationToken.None);
        Assert.NotNull(shown);
        Assert.True(await SecretValidAsync(sandbox, shown.Value.Secret));
        Assert.Null(await vault.TakeAsync(sandbox, CancellationToken.None));
    }

    [Theory]
    [InlineData("chunk:flows:3")]
    [InlineData("chunk:ids_alerts:1")]
    [InlineData("credentials")]
    [InlineData("clients")]
    public async Task A_crash_part_way_is_finished_by_the_retry_without_a_second_client_a_new_secret_or_a_duplicate_row(string crashAfter)
    {
        await _bed.Host.DisposeAsync();
        var crash = new CrashOnce(crashAfter);
        _bed = new SandboxTestBed(await LicensingTestHost.StartAsync(configure: s => s.AddSingleton<IProvisioningObserver>(crash)));

        var licence = await _bed.ActiveLicenceAsync();
        Assert.True(crash.Crashed);
        var halfWay = await _bed.SandboxAsync(licence);
        Assert.Equal(SandboxStatus.Provisioning, halfWay!.Status);

        await _bed.Host.AdvanceAsync(TimeSpan.FromSeconds(5)); // the activity's first retry
        var sandbox = (await _bed.SandboxAsync(licence))!;
        Assert.Equal((SandboxStatus.Ready, 1), (sandbox.Status, sandbox.CredentialGeneration));
        Assert.Equal(sandbox.Datasets.Sum(d => d.ChunkCount), await _bed.ChunkCountAsync(sandbox));
        foreach (var dataset in sandbox.Datasets)
        {
            Assert.Equal(dataset.Recipe.RowCount, (await _bed.Get<SandboxData>().RowsAsync(sandbox, dataset, CancellationToken.None)).Count);
        }

        var clients = await _bed.InScopeAsync(async s => await s.GetRequiredService<ClientRegistry>().ListAsync());
        Assert.Equal(2, clients.Count(c => c.ClientId.StartsWith(sandbox.Id, StringComparison.Ordinal)));
        var shown = await _bed.Get<SandboxCredentialVault>().TakeAsync(sandbox, CancellationToken.None);
        Assert.True(await SecretValidAsync(sandbox, shown!.Value.Secret));
    }

    [Fact]
    public async Task Suspension_revokes_every_token_and_disables_the_clients_and_reinstatement_issues_new_credentials()
    {
        var licence = await _bed.ActiveLicenceAsync();
        var sandbox = (await _bed.SandboxAsync(licence))!;
        var first = (await _bed.Get<SandboxCredentialVault>().TakeAsync(sandbox, CancellationToken.None))!.Value.Secret;
        var tokenId = await IssueTokenEntryAsync(sandbox);

        await _bed.ActAsync(licence, "suspend", "Telemetry stopped arriving.");

        sandbox = (await _bed.SandboxAsync(licence))!;
        Assert.Equal((SandboxStatus.Suspended, false), (sandbox.Status, sandbox.ClientsEnabled));
        Assert.Equal(OpenIddictConstants.Statuses.Revoked, await TokenStatusAsync(tokenId));
        var service = await _bed.InScopeAsync(async s => await s.GetRequiredService<ClientRegistry>().GetAsync(SandboxIds.ServiceClient(sandbox.Id)));
        Assert.True(service!.Disabled);
        Assert.Empty(service.Scopes);

        await _bed.ActAsync(licence, "reinstate", "Telemetry restored and verified.");

        sandbox = (await _bed.SandboxAsync(licence))!;
        Assert.Equal((SandboxStatus.Ready, true, 2), (sandbox.Status, sandbox.ClientsEnabled, sandbox.CredentialGeneration));
        var second = (await _bed.Get<SandboxCredentialVault>().TakeAsync(sandbox, CancellationToken.None))!.Value.Secret;
        Assert.NotEqual(first, second);
        Assert.True(await SecretValidAsync(sandbox, second));
        Assert.False(await SecretValidAsync(sandbox, first));
        Assert.Equal(["create", "dataset", "dataset", "ready", "suspend", "reopen"], sandbox.History.Select(h => h.Step));
    }

    [Fact]
    public async Task Expiry_closes_the_sandbox_and_its_data_is_purged_only_after_the_retention_period()
    {
        var licence = await _bed.ActiveLicenceAsync();
        await _bed.AdvanceToAsync(licence.ValidTo);
        var sandbox = (await _bed.SandboxAsync(licence))!;
        Assert.Equal((SandboxStatus.Closed, licence.ValidTo.AddDays(30)), (sandbox.Status, sandbox.PurgeDueAt));
        var purger = ActivatorUtilities.CreateInstance<SandboxPurgeWorker>(_bed.Host.Services);

        await _bed.AdvanceToAsync(licence.ValidTo.AddDays(30).AddMinutes(-1));
        Assert.Equal(0, await purger.PurgeDueAsync(CancellationToken.None));
        Assert.True(await _bed.ChunkCountAsync(sandbox) > 0);

        await _bed.AdvanceToAsync(licence.ValidTo.AddDays(30));
        Assert.Equal(1, await purger.PurgeDueAsync(CancellationToken.None));
        sandbox = (await _bed.SandboxAsync(licence))!;
        Assert.Equal(SandboxStatus.Deprovisioned, sandbox.Status);
        Assert.Equal(0, await _bed.ChunkCountAsync(sandbox));
        var clients = await _bed.InScopeAsync(async s => await s.GetRequiredService<ClientRegistry>().ListAsync());
        Assert.DoesNotContain(clients, c => c.ClientId.StartsWith(sandbox.Id, StringComparison.Ordinal));
        Assert.Equal(0, await purger.PurgeDueAsync(CancellationToken.None));
    }

    private Task<bool> SecretValidAsync(SandboxEnvironment sandbox, string secret) => _bed.InScopeAsync(async s =>
    {
        var applications = s.GetRequiredService<IOpenIddictApplicationManager>();
        var application = await applications.FindByClientIdAsync(SandboxIds.ServiceClient(sandbox.Id));
        return await applications.ValidateClientSecretAsync(application!, secret);
    });

    private Task<string> IssueTokenEntryAsync(SandboxEnvironment sandbox) => _bed.InScopeAsync(async s =>
    {
        var applications = s.GetRequiredService<IOpenIddictApplicationManager>();
        var application = await applications.FindByClientIdAsync(SandboxIds.ServiceClient(sandbox.Id));
        var tokens = s.GetRequiredService<IOpenIddictTokenManager>();
        var token = await tokens.CreateAsync(new OpenIddictTokenDescriptor
        {
            ApplicationId = await applications.GetIdAsync(application!),
            Subject = SandboxIds.ServiceClient(sandbox.Id),
            Status = OpenIddictConstants.Statuses.Valid,
            Type = OpenIddictConstants.TokenTypeHints.AccessToken,
            CreationDate = _bed.Host.Time.GetUtcNow(),
            ExpirationDate = _bed.Host.Time.GetUtcNow().AddMinutes(20),
        });
        return (await tokens.GetIdAsync(token))!;
    });

    private Task<string?> TokenStatusAsync(string id) => _bed.InScopeAsync(async s =>
    {
        var tokens = s.GetRequiredService<IOpenIddictTokenManager>();
        return await tokens.GetStatusAsync((await tokens.FindByIdAsync(id))!);
    });

    /// <summary>Stops provisioning once, right after the named step was stored, as a crash there would.</summary>
    private sealed class CrashOnce(string step) : IProvisioningObserver
    {
        public bool Crashed { get; private set; }

        public void StepStored(SandboxEnvironment environment, string stepName)
        {
            if (!Crashed && stepName == step)
            {
                Crashed = true;
                throw new IOException($"Simulated crash after {step}.");
            }
        }
    }
}
