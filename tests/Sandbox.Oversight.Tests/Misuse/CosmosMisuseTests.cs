using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Sandboxes;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Tests;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Oversight.Tests.Misuse;

/// <summary>Misuse reports on Cosmos DB (the local server): telemetry raises a report, a regulator takes it to suspension.</summary>
[Collection(MisuseCosmosCollection.Name)]
public sealed class CosmosMisuseTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private MisuseTestBed _bed = null!;

    public async Task InitializeAsync() =>
        _bed = await MisuseTestBed.StartAsync(o => o.RefusalThreshold = 2, TestStores.Cosmos(cosmos.Server, "misuse-" + Guid.NewGuid().ToString("N")[..8]));

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    [Fact]
    public async Task A_report_raised_by_telemetry_is_triaged_and_ends_in_suspension_on_Cosmos()
    {
        var licence = await _bed.Sandboxes.ActiveLicenceAsync();
        var sandbox = (await _bed.Sandboxes.SandboxAsync(licence))!;
        var refused = new GatewayQuery { Dataset = "flows", Purpose = "Profile users", Aggregates = [new GatewayAggregate("count")], GroupBy = ["protocol"] };
        for (var i = 0; i < 3; i++)
        {
            await _bed.InScopeAsync(s => s.GetRequiredService<SandboxGateway>().QueryAsync(SandboxTestBed.Service(sandbox), sandbox.Id, refused, CancellationToken.None));
        }

        await _bed.Host.AdvanceAsync(TimeSpan.Zero);
        var raised = Assert.Single(await _bed.InScopeAsync(s => s.GetRequiredService<MisuseReports>().QueueAsync(Regulator, MisuseStatus.Triage, 10)));
        Assert.Equal((MisuseSource.GatewayTelemetry, 2), (raised.Source, raised.Telemetry!.Refusals));

        await _bed.ActAsync(Regulator, raised.Id, "triage", new MisuseDecision("Repeated purpose violations.", MisuseSeverity.High, licence.Reference));
        await _bed.ActAsync(Regulator, raised.Id, "suspend", new MisuseDecision("Stop until the holder explains."));

        Assert.Equal(LicenceStatus.Suspended, (await _bed.Sandboxes.LicenceAsync(licence.Id)).Status);
        var closed = await _bed.ReportOfAsync(raised.Id);
        Assert.Equal((MisuseStatus.Closed, MisuseResponse.Suspension, licence.HolderOrganizationId), (closed.Status, closed.Response, closed.HolderOrganizationId));
        Assert.Single(await _bed.InScopeAsync(s => s.GetRequiredService<MisuseReports>().QueueAsync(_bed.Host.Applicant, MisuseStatus.Closed, 10)));
    }
}
