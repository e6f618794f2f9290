using Sandbox.Identity.Audit;
using Sandbox.Oversight.ExitReports;
using Sandbox.Provisioning.Tests;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Testing;
using Sandbox.Testing.Storage;

namespace Sandbox.Oversight.Tests.ExitReports;

/// <summary>An exit report nobody can account for is not kept: when its audit entry fails, the next attempt assembles and audits it.</summary>
public sealed class ExitReportAuditTests : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();
    private FailingAuditStore _store = null!;
    private ExitReportTestBed _bed = null!;

    public async Task InitializeAsync()
    {
        _store = new FailingAuditStore(TestStores.Sqlite(_folder, TimeProvider.System));
        _bed = await ExitReportTestBed.StartAsync(_store);
    }

    public async Task DisposeAsync()
    {
        await _bed.Host.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_report_whose_audit_entry_cannot_be_written_is_taken_back_and_the_retry_audits_it()
    {
        var licence = await _bed.EndedPilotAsync();
        var reports = _bed.Host.Get<DocumentSet<ExitReport>>();
        var assembled = (await reports.ReadAsync(licence.Id, licence.Id))!;
        await reports.DeleteAsync(licence.Id, licence.Id, assembled.ETag);

        _store.AuditDown = true;
        await Assert.ThrowsAsync<StoreUnavailableException>(() => _bed.Reports.AssembleAtEndAsync(licence.Id));
        Assert.Null(await reports.ReadAsync(licence.Id, licence.Id));

        _store.AuditDown = false;
        var retried = await _bed.Reports.AssembleAtEndAsync(licence.Id);

        Assert.Equal(ExitReportService.SystemActor, Assert.Single(retried.Value.History).ActorId);
        var audited = (await _bed.Host.Get<AuditLog>().ReadDayAsync(AuditChains.DayOf(_bed.Host.Time.GetUtcNow()), ExitReportAuditEvents.ExitReport))
            .Where(e => e.Subject == licence.Id).ToList();
        // One entry for the lifecycle's first assembly (deleted above to stand for a crash) and one for the retry.
        Assert.Equal(2, audited.Count);
    }
}
