namespace Sandbox.Benchmarks.Gateway;

/// <summary>
/// Samples the thread pool every 50 ms while a stretch of a run goes on: a growing thread count with work queued means
/// threads are blocked (Microsoft.Data.Sqlite runs its "async" calls synchronously, so a writer waiting for the file's
/// lock holds its thread) and the pool is injecting more.
/// </summary>
internal sealed class ThreadPoolWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly long _lockContention = Monitor.LockContentionCount;
    private int _maxThreads;
    private long _maxPending;

    public ThreadPoolWatch()
    {
        _sampling = SampleAsync();
    }

    public string Report { get; private set; } = "";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        Report = $"thread pool: up to {_maxThreads} threads, up to {_maxPending} work items queued; {Monitor.LockContentionCount - _lockContention:N0} contended monitor locks";
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                _maxThreads = Math.Max(_maxThreads, ThreadPool.ThreadCount);
                _maxPending = Math.Max(_maxPending, ThreadPool.PendingWorkItemCount);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
