using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Benchmarks.Workflows;

/// <summary>
/// Timer lag under load, as a load script rather than a BenchmarkDotNet benchmark (one long run, not repeated calls):
/// <code>dotnet run -c Release --project tests/Sandbox.Benchmarks -- timer-lag [--timers 100000] [--window-seconds 300]
///     [--batch 200] [--concurrency 4] [--poll-ms 250]</code>
/// Starts <c>timers</c> instances of <c>timer-lag</c> on a fresh SQLite file, their due times spread evenly over the window
/// in random order, then runs the worker (its own loop, <see cref="Sandbox.Workflows.Hosting.WorkflowWorker"/>, as a host
/// runs it) against the clock until every timer has fired. The clock is the system clock moved by a constant, set once
/// scheduling is done so that the first timer falls due a second later (<see cref="OffsetClock"/>): real time, whatever
/// scheduling took. Lag = firing time (the history entry's) − due time, per timer; memory is sampled every second.
/// </summary>
internal static class TimerLagHarness
{
    private static readonly DateTimeOffset ScheduleAt = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstDue = new(2027, 1, 1, 6, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--timers", 100_000);
        var window = TimeSpan.FromSeconds(Option(args, "--window-seconds", 300));
        var batch = Option(args, "--batch", 200);
        var concurrency = Option(args, "--concurrency", 4);
        var poll = TimeSpan.FromMilliseconds(Option(args, "--poll-ms", 250));
        Console.WriteLine($"timer-lag: {count:N0} timers due over {window.TotalSeconds:0} s; batch {batch}, concurrency {concurrency}, poll {poll.TotalMilliseconds:0} ms; " +
            $"{Environment.ProcessorCount} cores, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, .NET {Environment.Version}");

        var clock = new OffsetClock(ScheduleAt);
        var observer = new LagObserver(count, clock);
        TimedStore? timed = null;
        await using var bench = await WorkflowBench.StartAsync(clock, options =>
        {
            options.RunWorker = true;
            options.BatchSize = batch;
            options.Concurrency = concurrency;
            options.PollInterval = poll;
            options.NodeId = "timer-lag";
        }, observer, store => timed = new TimedStore(store));

        var dueOffsets = DueOffsets(count, window);
        var scheduling = await ScheduleAsync(bench.Engine, dueOffsets);
        Console.WriteLine($"scheduled {count:N0} in {scheduling.TotalSeconds:0.0} s ({count / scheduling.TotalSeconds:N0}/s); database {new FileInfo(bench.DatabasePath).Length / 1048576.0:0} MB (+WAL); {Memory.Now()}");

        timed!.Reset();
        var memory = new Memory();
        using var stop = new CancellationTokenSource();
        var sampling = memory.SampleAsync(stop.Token);
        clock.Set(FirstDue - TimeSpan.FromSeconds(1));
        var watch = Stopwatch.StartNew();
        await bench.Worker.StartAsync(CancellationToken.None);
        var deadline = window + TimeSpan.FromMinutes(3);
        while (observer.Seen < count && watch.Elapsed < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            if ((int)watch.Elapsed.TotalSeconds % 15 == 0)
            {
                var due = dueOffsets.Count(d => d <= (clock.GetUtcNow() - FirstDue).TotalMilliseconds);
                Console.WriteLine($"  t+{watch.Elapsed.TotalSeconds:0} s: {due:N0} due, {observer.Seen:N0} fired; {Memory.Now()}");
            }
        }

        var firing = watch.Elapsed;
        await bench.Worker.StopAsync(CancellationToken.None);
        await stop.CancelAsync();
        await sampling;

        var calls = timed.Report(observer.Seen, "timers");
        var (elapsed, twice) = await VerifyAsync(bench.Engine, count);
        Report(observer, dueOffsets, window, firing, memory, elapsed, twice, count);
        Console.WriteLine(calls);
        return observer.Seen == count && elapsed == count && twice == 0 ? 0 : 1;
    }

    /// <summary>Slot i of the window, in a fixed random order, so creation order is not due order.</summary>
    private static double[] DueOffsets(int count, TimeSpan window)
    {
        var slots = Enumerable.Range(0, count).ToArray();
        new Random(5).Shuffle(slots);
        return slots.Select(s => window.TotalMilliseconds * s / Math.Max(1, count - 1)).ToArray();
    }

    private static async Task<TimeSpan> ScheduleAsync(WorkflowEngine engine, double[] dueOffsets)
    {
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, dueOffsets.Length), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, token) =>
        {
            var id = "timer-lag:t-" + i.ToString("D6", CultureInfo.InvariantCulture);
            var data = new JsonObject { ["dueAt"] = FirstDue.AddMilliseconds(dueOffsets[i]).ToString("O", CultureInfo.InvariantCulture) };
            await engine.StartAsync(new StartWorkflow("timer-lag", id, new WorkflowSubject("timer", id, null, null, null), data, WorkflowActor.System), token);
        });
        return watch.Elapsed;
    }

    /// <summary>Every instance from the store: how many ended in <c>elapsed</c>, and how many fired more than once.</summary>
    private static async Task<(int Elapsed, int Twice)> VerifyAsync(WorkflowEngine engine, int count)
    {
        int elapsed = 0, twice = 0;
        for (var i = 0; i < count; i++)
        {
            var instance = (await engine.GetAsync("timer-lag:t-" + i.ToString("D6", CultureInfo.InvariantCulture)))?.Value;
            elapsed += instance?.State == "elapsed" ? 1 : 0;
            twice += instance?.History.Count(h => h.ActorKind == ActorKind.Timer) > 1 ? 1 : 0;
        }

        return (elapsed, twice);
    }

    private static void Report(LagObserver observer, double[] dueOffsets, TimeSpan window, TimeSpan firing, Memory memory, int elapsed, int twice, int count)
    {
        var fired = observer.FiredLagMilliseconds.Where(l => !double.IsNaN(l)).Order().ToArray();
        var told = observer.ToldLagMilliseconds.Where(l => !double.IsNaN(l)).Order().ToArray();
        Console.WriteLine();
        Console.WriteLine($"fired {fired.Length:N0} of {count:N0} in {firing.TotalSeconds:0.0} s of worker time (window {window.TotalSeconds:0} s); store: {elapsed:N0} elapsed, {twice} fired twice; {observer.Repeated} repeated notifications");
        Console.WriteLine($"lag, firing − due:    {Percentiles(fired)}");
        Console.WriteLine($"lag, committed+told:  {Percentiles(told)}");
        Console.WriteLine($"memory: {memory}");
        Console.WriteLine($"machine: {Pressure("cpu")}; {Pressure("io")}; load average {LoadAverage()}");
        Console.WriteLine("lag by tenth of the window (by due time): p50 / p99 / max");
        for (var tenth = 0; tenth < 10; tenth++)
        {
            var from = window.TotalMilliseconds * tenth / 10;
            var to = window.TotalMilliseconds * (tenth + 1) / 10;
            var lags = Enumerable.Range(0, count).Where(i => dueOffsets[i] >= from && (dueOffsets[i] < to || tenth == 9) && !double.IsNaN(observer.FiredLagMilliseconds[i]))
                .Select(i => observer.FiredLagMilliseconds[i]).Order().ToArray();
            Console.WriteLine($"  {from / 1000,4:0}–{to / 1000,4:0} s: {(lags.Length == 0 ? "none" : $"{Rank(lags, 50),8:N0} / {Rank(lags, 99),8:N0} / {lags[^1],8:N0} ms ({lags.Length:N0})")}");
        }
    }

    /// <summary>Linux pressure stall information: how much of the last 5 minutes tasks waited for the CPU or for I/O.</summary>
    private static string Pressure(string resource)
    {
        var path = $"/proc/pressure/{resource}";
        if (!File.Exists(path))
        {
            return $"{resource} pressure unknown";
        }

        var lines = File.ReadAllLines(path).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => p.First(f => f.StartsWith("avg300=", StringComparison.Ordinal))["avg300=".Length..]);
        return $"{resource} pressure (5 min) some {lines.GetValueOrDefault("some")}% full {lines.GetValueOrDefault("full", "-")}%";
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Percentiles(double[] sorted) => sorted.Length == 0
        ? "none"
        : $"p50 {Rank(sorted, 50):N0} ms, p90 {Rank(sorted, 90):N0} ms, p99 {Rank(sorted, 99):N0} ms, max {sorted[^1]:N0} ms, min {sorted[0]:N0} ms";

    /// <summary>Nearest rank.</summary>
    private static double Rank(double[] sorted, int percentile) => sorted[Math.Clamp((int)Math.Ceiling(percentile / 100d * sorted.Length), 1, sorted.Length) - 1];

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Process working set and GC heap, sampled every second; peaks kept.</summary>
    private sealed class Memory
    {
        private long _peakWorkingSet;
        private long _peakHeap;

        public static string Now()
        {
            var info = GC.GetGCMemoryInfo();
            return $"working set {Environment.WorkingSet / 1048576.0:0} MB, GC heap {info.HeapSizeBytes / 1048576.0:0} MB";
        }

        public async Task SampleAsync(CancellationToken cancellationToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            try
            {
                do
                {
                    _peakWorkingSet = Math.Max(_peakWorkingSet, Environment.WorkingSet);
                    _peakHeap = Math.Max(_peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
                }
                while (await timer.WaitForNextTickAsync(cancellationToken));
            }
            catch (OperationCanceledException)
            {
            }
        }

        public override string ToString()
        {
            using var process = Process.GetCurrentProcess();
            return $"peak working set {_peakWorkingSet / 1048576.0:0} MB (process peak {process.PeakWorkingSet64 / 1048576.0:0} MB), peak GC heap {_peakHeap / 1048576.0:0} MB, " +
                $"now: {Now()}; GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, total pause {GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms";
        }
    }
}
