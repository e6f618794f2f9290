using System.Globalization;
using Sandbox.Storage.Cosmos;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;
using Xunit.Abstractions;

namespace Sandbox.Workflows.Tests.Crash;

/// <summary>
/// Two nodes (two processes, different node ids) on one Cosmos database, against the local server the fixture
/// starts (never skipped): they share the timers through ETag claims, so every timer fires exactly once.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class TwoNodesTests(CosmosServerFixture cosmos, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Count = 200;
    private readonly string _database = "crash-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<CrashHostProcess> _hosts = [];
    private CosmosDocumentStore _cosmos = null!;
    private CrashStore _store = null!;

    public async Task InitializeAsync()
    {
        _cosmos = TestStores.Cosmos(cosmos.Server, _database);
        _store = await CrashStore.OpenAsync(_cosmos); // the containers exist before either node starts
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _cosmos.Dispose();
    }

    [Fact]
    public async Task Two_nodes_on_one_Cosmos_database_fire_each_of_200_timers_exactly_once_and_share_them()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var nodes = await Task.WhenAll(StartNodeAsync("node-a"), StartNodeAsync("node-b"));
        var started = watch.Elapsed;
        // All due within a few seconds of scheduling, spread over 3 s, so both nodes find due timers at every sweep.
        var firstDue = DateTimeOffset.UtcNow.AddSeconds(6);
        Assert.Equal(Count.ToString(CultureInfo.InvariantCulture),
            await nodes[0].SendAsync($"schedule shared {Count} {firstDue.ToString("O", CultureInfo.InvariantCulture)} 3000", TimeSpan.FromSeconds(60)));
        var scheduled = watch.Elapsed;

        await CrashStore.WaitUntilAsync(
            async () => (await _store.InstancesAsync("crash-timer")).Count(i => i is { State: "elapsed", ProjectionPending: false, Pending.Count: 0 }) == Count,
            TimeSpan.FromSeconds(60), $"all {Count} timers have fired and their activities are done", nodes);
        output.WriteLine($"nodes ready after {started.TotalSeconds:0.0} s, {Count} scheduled after {scheduled.TotalSeconds:0.0} s, all fired after {watch.Elapsed.TotalSeconds:0.0} s");

        var instances = await _store.InstancesAsync("crash-timer");
        Assert.Equal(Count, instances.Count);
        Assert.All(instances, i =>
        {
            Assert.Equal(["start", "elapse"], i.History.Select(h => h.Trigger));
            Assert.True(i.History[1].At >= DateTimeOffset.Parse(i.Data["dueAt"]!.GetValue<string>(), CultureInfo.InvariantCulture), $"{i.Id} fired early");
        });

        var effects = await _store.AllEffectsAsync(CrashEffect.EffectKind);
        Assert.All(instances, i => Assert.Equal(["elapsed", "on-elapse"], effects.Where(e => e.InstanceId == i.Id).Select(e => e.Step).Order(StringComparer.Ordinal)));
        // The transition's activity runs right after the timer's commit, on the node that fired it.
        var byNode = effects.Where(e => e.Step == "on-elapse").GroupBy(e => e.Node).ToDictionary(g => g.Key, g => g.Count());
        var attempts = await _store.AllEffectsAsync(CrashEffect.AttemptKind);
        var lags = instances.Select(i => (i.History[1].At - DateTimeOffset.Parse(i.Data["dueAt"]!.GetValue<string>(), CultureInfo.InvariantCulture)).TotalMilliseconds).Order().ToList();
        output.WriteLine($"on-elapse effects by node: {string.Join(", ", byNode.Select(p => $"{p.Key}={p.Value}"))}; attempts {attempts.Count} for {effects.Count} effects; " +
            $"lag p50 {lags[lags.Count / 2]:0} ms, max {lags[^1]:0} ms");
        Assert.Equal(["node-a", "node-b"], byNode.Keys.Order(StringComparer.Ordinal));
        Assert.All(byNode.Values, n => Assert.True(n >= Count / 20, $"a node fired only {n} of {Count}"));
    }

    private async Task<CrashHostProcess> StartNodeAsync(string node)
    {
        var host = await CrashHostProcess.StartAsync(node, CrashHostProcess.Cosmos(cosmos.Server, _database));
        lock (_hosts)
        {
            _hosts.Add(host);
        }

        return host;
    }
}
