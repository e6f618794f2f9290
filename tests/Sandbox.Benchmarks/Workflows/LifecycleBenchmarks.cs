using System.Globalization;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Microsoft.Extensions.Time.Testing;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Benchmarks.Workflows;

/// <summary>
/// Full lifecycles of <c>licence-lifecycle</c> on the embedded SQLite store: start (intake activity, routed), the
/// regulator's approval (its activity), the senior's countersignature, the licence (its activity), then the clock moves
/// past the licence's end and one worker sweep fires the expiry timer (and the expiry notice). A fake clock, so the
/// expiry is due at once; each lifecycle is checked to end in <c>expired</c>.
/// </summary>
[Config(typeof(LifecycleConfig))]
public class LifecycleBenchmarks
{
    public const int Concurrent = 8;

    private static readonly WorkflowActor Regulator = WorkflowActor.Person("u-reg", "Rita Regulator", ["Regulator"], "org-authority");
    private static readonly WorkflowActor Senior = WorkflowActor.Person("u-senior", "Sam Senior", ["SeniorRegulator", "Regulator"], "org-authority");
    private static readonly TimeSpan LicenceLength = TimeSpan.FromDays(30);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private WorkflowBench? _bench;
    private WorkflowEngine _engine = null!;
    private int _next;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _bench = await WorkflowBench.StartAsync(_time);
        _engine = _bench.Engine;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_bench is not null)
        {
            await _bench.DisposeAsync();
        }
    }

    [Benchmark(Description = "Full lifecycle, one at a time")]
    public async Task<int> OneLifecycle()
    {
        var id = await ToLicensedAsync();
        await ExpireAsync([id]);
        return 1;
    }

    [Benchmark(Description = "Full lifecycles, 8 at a time", OperationsPerInvoke = Concurrent)]
    public async Task<int> ConcurrentLifecycles()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => ToLicensedAsync()));
        await ExpireAsync(ids);
        return ids.Length;
    }

    private async Task<string> ToLicensedAsync()
    {
        var id = "licence-lifecycle:case-" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var data = new JsonObject { ["validTo"] = (_time.GetUtcNow() + LicenceLength).ToString("O", CultureInfo.InvariantCulture) };
        await _engine.StartAsync(new StartWorkflow("licence-lifecycle", id, new WorkflowSubject("case", id, null, null, "org-applicant"), data, WorkflowActor.System));
        await _engine.FireAsync(id, new FireCommand("approve", Regulator));
        await _engine.FireAsync(id, new FireCommand("countersign", Senior));
        return id;
    }

    /// <summary>Moves the fake clock past the licences' end; the worker fires their expiry timers.</summary>
    private async Task ExpireAsync(IReadOnlyList<string> ids)
    {
        _time.Advance(LicenceLength + TimeSpan.FromDays(1));
        while (await _bench!.Worker.SweepAsync(CancellationToken.None))
        {
        }

        foreach (var id in ids)
        {
            var instance = (await _engine.GetAsync(id))!.Value;
            if (instance is not { State: "expired", Pending.Count: 0 })
            {
                throw new InvalidOperationException($"{id} ended in '{instance.State}' with {instance.Pending.Count} pending; expected expired.");
            }
        }
    }

    private sealed class LifecycleConfig : ManualConfig
    {
        public LifecycleConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(StatisticColumn.OperationsPerSecond);
        }
    }
}
