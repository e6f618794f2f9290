using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Sandboxes;
using Sandbox.Identity.Clients;
using Sandbox.Licensing.Tests;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;

namespace Sandbox.Provisioning.Tests;

/// <summary>The same journey on Cosmos DB (the local server): provision, query, suspend, refused at once, reinstate, expire, purge.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosSandboxTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private SandboxTestBed _bed = null!;

    public async Task InitializeAsync() =>
        _bed = new SandboxTestBed(await LicensingTestHost.StartAsync(store: TestStores.Cosmos(cosmos.Server, "sandbox-" + Guid.NewGuid().ToString("N")[..8])));

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    [Fact]
    public async Task A_sandbox_is_provisioned_queried_suspended_reopened_closed_and_purged_on_Cosmos()
    {
        var licence = await _bed.ActiveLicenceAsync();
        var sandbox = (await _bed.SandboxAsync(licence))!;
        Assert.Equal(SandboxStatus.Ready, sandbox.Status);
        Assert.Equal(sandbox.Datasets.Sum(d => d.ChunkCount), await _bed.ChunkCountAsync(sandbox));
        var query = new GatewayQuery
        {
            Dataset = "ids_alerts", Purpose = "Evaluate detection accuracy on synthetic records", Aggregates = [new GatewayAggregate("count")], GroupBy = ["severity"],
        };
        var service = SandboxTestBed.Service(sandbox);
        Task<GatewayResult<QueryResult>> AskAsync() => _bed.InScopeAsync(s => s.GetRequiredService<SandboxGateway>().QueryAsync(service, sandbox.Id, query, CancellationToken.None));

        var answer = (await AskAsync()).Value!;
        Assert.InRange(answer.Rows.Sum(r => (long)r[1]!), 2000 - (10 * answer.SuppressedGroups), 2000);
        Assert.NotEmpty(answer.Rows);

        await _bed.ActAsync(licence, "suspend", "Telemetry stopped arriving.");
        Assert.Equal((403, "licence"), ((await AskAsync()).Refusal!.Status, (await AskAsync()).Refusal!.Condition));
        var disabled = await _bed.InScopeAsync(async s => await s.GetRequiredService<ClientRegistry>().GetAsync(SandboxIds.ServiceClient(sandbox.Id)));
        Assert.True(disabled!.Disabled);

        await _bed.ActAsync(licence, "reinstate", "Telemetry restored and verified.");
        Assert.NotNull((await AskAsync()).Value);
        Assert.Equal(2, (await _bed.SandboxAsync(licence))!.CredentialGeneration);

        await _bed.AdvanceToAsync(licence.ValidTo);
        Assert.Equal((403, "licence"), ((await AskAsync()).Refusal!.Status, (await AskAsync()).Refusal!.Condition));
        await _bed.AdvanceToAsync((await _bed.SandboxAsync(licence))!.PurgeDueAt!.Value);
        Assert.Equal(1, await ActivatorUtilities.CreateInstance<SandboxPurgeWorker>(_bed.Host.Services).PurgeDueAsync(CancellationToken.None));
        Assert.Equal((SandboxStatus.Deprovisioned, 0), ((await _bed.SandboxAsync(licence))!.Status, await _bed.ChunkCountAsync(sandbox)));
    }
}
