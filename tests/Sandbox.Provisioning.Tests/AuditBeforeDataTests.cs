using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Sandboxes;
using Sandbox.Licensing.Tests;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Storage.Errors;
using Sandbox.Testing;
using Sandbox.Testing.Storage;

namespace Sandbox.Provisioning.Tests;

/// <summary>Telemetry comes first: when the audit log cannot be written, the gateway returns no data.</summary>
public sealed class AuditBeforeDataTests : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();
    private FailingAuditStore _store = null!;
    private SandboxTestBed _bed = null!;

    public async Task InitializeAsync()
    {
        _store = new FailingAuditStore(TestStores.Sqlite(_folder, TimeProvider.System));
        _bed = new SandboxTestBed(await LicensingTestHost.StartAsync(store: _store));
    }

    public async Task DisposeAsync()
    {
        await _bed.Host.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_query_whose_audit_entry_cannot_be_written_returns_no_data()
    {
        var sandbox = (await _bed.SandboxAsync(await _bed.ActiveLicenceAsync()))!;
        var query = new GatewayQuery
        {
            Dataset = "flows", Purpose = "Evaluate detection accuracy on synthetic records", Aggregates = [new GatewayAggregate("count")], GroupBy = ["protocol"],
        };
        Task<GatewayResult<QueryResult>> AskAsync() =>
            _bed.InScopeAsync(s => s.GetRequiredService<SandboxGateway>().QueryAsync(SandboxTestBed.Service(sandbox), sandbox.Id, query, CancellationToken.None));
        Assert.NotNull((await AskAsync()).Value);

        _store.AuditDown = true;
        await Assert.ThrowsAsync<StoreUnavailableException>(AskAsync);

        _store.AuditDown = false;
        Assert.NotNull((await AskAsync()).Value);
    }
}
