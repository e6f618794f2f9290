using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sandbox.Storage.Errors;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Workflows.Hosting;

/// <summary>
/// Fires due timers and finishes abandoned work, on every node. Timers missed while no node ran are due at once
/// when one starts. Several nodes share the load through ETag claims, so each timer fires once.
/// </summary>
public sealed partial class WorkflowWorker(WorkflowEngine engine, IOptions<WorkflowRuntimeOptions> options, TimeProvider time, ILogger<WorkflowWorker> logger)
    : BackgroundService
{
    private readonly WorkflowRuntimeOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RunWorker)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                busy = await SweepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DocumentStoreException or TimeoutException or HttpRequestException or InvalidOperationException)
            {
                LogSweepFailed(logger, e.Message);
            }

            if (!busy)
            {
                await Task.Delay(_options.PollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>One pass over due timers and due work; true when a batch was full (so more may be waiting).</summary>
    public async Task<bool> SweepAsync(CancellationToken cancellationToken)
    {
        var dueTimers = await engine.DueTimersAsync(_options.BatchSize, cancellationToken);
        await Parallel.ForEachAsync(dueTimers, new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken },
            async (timer, token) => await Guarded(() => engine.FireTimerAsync(timer, token)));

        var dueWork = await engine.DueWorkAsync(_options.BatchSize, cancellationToken);
        await Parallel.ForEachAsync(dueWork, new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken },
            async (instance, token) => await Guarded(() => engine.ResumeAsync(instance, token)));

        return dueTimers.Count == _options.BatchSize || dueWork.Count == _options.BatchSize;
    }

    private async Task Guarded(Func<Task<bool>> action)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (e is DocumentStoreException or TimeoutException or HttpRequestException or InvalidOperationException or KeyNotFoundException)
        {
            LogSweepFailed(logger, e.Message);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Workflow sweep failed: {Reason}")]
    private static partial void LogSweepFailed(ILogger logger, string reason);
}
