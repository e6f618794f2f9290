using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sandbox.Domain.Applications;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;
using Sandbox.Workflows.Instances;

namespace Sandbox.Licensing.Cases;

/// <summary>
/// At start-up, starts the case workflow of any submitted application that has none: the submission was stored
/// but the node died before the workflow started.
/// </summary>
public sealed partial class CaseReconciler(DocumentSet<PilotApplication> applications, LicensingCases cases, ILogger<CaseReconciler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var started = await ReconcileAsync(stoppingToken);
            if (started > 0)
            {
                LogStarted(logger, started);
            }
        }
        catch (Exception e) when (e is DocumentStoreException or InvalidOperationException or KeyNotFoundException)
        {
            LogFailed(logger, e.Message);
        }
    }

    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var started = 0;
        var submitted = DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("status", nameof(ApplicationStatus.Submitted))).Take(DocumentQuery.MaxPageSize);
        await foreach (var application in applications.QueryAllAsync(submitted, cancellationToken))
        {
            if (await cases.CurrentAsync(application.Value.Id, cancellationToken) is null)
            {
                await cases.StartAsync(application.Value, WorkflowActor.System, cancellationToken);
                started++;
            }
        }

        return started;
    }

    [LoggerMessage(LogLevel.Information, "Started the case workflow of {Count} submitted applications that had none.")]
    private static partial void LogStarted(ILogger logger, int count);

    [LoggerMessage(LogLevel.Warning, "Case reconciliation failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
