using System.Globalization;
using Sandbox.Storage.Sqlite;
using Sandbox.Testing;
using Sandbox.Workflows.Instances;

namespace Sandbox.Workflows.Tests.Crash;

/// <summary>
/// Nodes on one SQLite file, killed for real (SIGKILL) and started again: nothing committed is lost, nothing runs
/// twice. The store is read directly; the host's <c>effect</c> activity records an attempt per execution and an
/// effect per key (definitions in <c>tests/Sandbox.Workflows.CrashHost/Workflows</c>).
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class CrashTests : IAsyncLifetime
{
    private static readonly TimeSpan Settles = TimeSpan.FromSeconds(20);
    private readonly TemporaryFolder _folder = new();
    private readonly List<CrashHostProcess> _hosts = [];
    private SqliteDocumentStore _sqlite = null!;
    private CrashStore _store = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder.Path);
        _sqlite = new SqliteDocumentStore(_folder.File("sandbox.db"), TimeProvider.System);
        _store = await CrashStore.OpenAsync(_sqlite);
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _folder.Dispose();
    }

    [Fact]
    public async Task Killed_while_an_instance_waits_for_a_decision_the_next_node_takes_the_decision_and_nothing_is_lost()
    {
        var first = await StartNodeAsync("node-a");
        Assert.Equal("review", await first.SendAsync($"start crash-review {Review} {LicenceData()}"));
        await WaitSettledAsync(Review, first);
        Assert.Equal(["decide"], (await _store.TasksAsync(Review)).Select(t => t.Id.Split(':')[^1]));

        await first.KillAsync();
        var second = await StartNodeAsync("node-b");
        var waiting = await _store.InstanceAsync(Review);
        Assert.Equal("review", waiting.State);
        Assert.Equal(["decide"], (await _store.TasksAsync(Review)).Select(t => t.Id.Split(':')[^1]));
        Assert.Equal(["sla-breach"], (await _store.TimersAsync(Review)).Select(t => t.TimerId));

        Assert.Equal("countersign", await second.SendAsync($"fire {Review} approve regulator"));
        await second.KillAsync();
        var third = await StartNodeAsync("node-c");
        Assert.Equal(["countersign"], (await _store.TasksAsync(Review)).Select(t => t.Id.Split(':')[^1]));
        Assert.Equal("licensed", await third.SendAsync($"fire {Review} countersign senior"));
        await WaitSettledAsync(Review, third);

        var licensed = await _store.InstanceAsync(Review);
        Assert.Equal(["start", "routed", "approve", "countersign"], licensed.History.Select(h => h.Trigger));
        Assert.Equal(["intake", "issue-licence", "record-decision"], await EffectStepsAsync(Review));
        Assert.Empty(await _store.TasksAsync(Review));
        Assert.Equal(["expiry"], licensed.Timers.Select(t => t.TimerId));
        Assert.Equal(["expiry"], (await _store.TimersAsync(Review)).Select(t => t.TimerId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Killed_during_an_activity_the_next_node_runs_it_again_and_its_effect_happens_once(bool beforeEffect)
    {
        var first = await StartNodeAsync("node-a", "--CrashHost:BlockStep", "issue-licence", "--CrashHost:BlockBeforeEffect", beforeEffect ? "true" : "false");
        Assert.Equal("review", await first.SendAsync($"start crash-review {Review} {LicenceData()}"));
        Assert.Equal("countersign", await first.SendAsync($"fire {Review} approve regulator"));
        _ = first.Send($"fire {Review} countersign senior"); // never answers: the licensed state's activity blocks
        await CrashStore.WaitUntilAsync(async () => (await AttemptsAsync(Review, "issue-licence")).Count > 0, Settles, "issue-licence has started", first);
        await first.KillAsync();

        var committed = await _store.InstanceAsync(Review);
        Assert.Equal("licensed", committed.State);
        var key = Assert.Single(committed.Pending).Key;
        Assert.Equal(beforeEffect ? 0 : 1, (await _store.EffectsAsync(Review)).Count(e => e.Kind == CrashEffect.EffectKind && e.Key == key));

        var second = await StartNodeAsync("node-b");
        await WaitSettledAsync(Review, second);

        var licensed = await _store.InstanceAsync(Review);
        Assert.Equal("licensed", licensed.State);
        Assert.Equal(["start", "routed", "approve", "countersign"], licensed.History.Select(h => h.Trigger));
        Assert.Equal(["intake", "issue-licence", "record-decision"], await EffectStepsAsync(Review));
        var attempts = await AttemptsAsync(Review, "issue-licence");
        Assert.All(attempts, a => Assert.Equal(key, a.Key));
        Assert.Contains(attempts, a => a.Node == "node-a");
        Assert.Contains(attempts, a => a.Node == "node-b");
        Assert.Equal(beforeEffect ? "node-b" : "node-a", (await _store.EffectsAsync(Review)).Single(e => e.Kind == CrashEffect.EffectKind && e.Key == key).Node);
        Assert.Empty(await _store.TasksAsync(Review));
        Assert.Equal(["expiry"], (await _store.TimersAsync(Review)).Select(t => t.TimerId));
    }

    [Fact]
    public async Task Timers_that_fell_due_while_no_node_ran_fire_once_when_a_node_starts()
    {
        const int count = 30;
        var first = await StartNodeAsync("node-a");
        var firstDue = DateTimeOffset.UtcNow.AddSeconds(3);
        Assert.Equal(count.ToString(CultureInfo.InvariantCulture), await first.SendAsync($"schedule down {count} {Iso(firstDue)} 500"));
        await first.KillAsync();
        Assert.True(DateTimeOffset.UtcNow < firstDue, "the node was killed before the first timer fell due");
        Assert.All(await _store.InstancesAsync("crash-timer"), i => Assert.Equal("scheduled", i.State));

        await Task.Delay(firstDue.AddMilliseconds(1000) - DateTimeOffset.UtcNow);
        var second = await StartNodeAsync("node-b");
        await WaitAllElapsedAsync(count, second);

        foreach (var instance in await _store.InstancesAsync("crash-timer"))
        {
            AssertFiredOnce(instance);
            Assert.Equal(["elapsed", "on-elapse"], await EffectStepsAsync(instance.Id));
            Assert.Empty(await _store.TimersAsync(instance.Id));
        }
    }

    [Fact]
    public async Task Killed_while_timers_fire_the_next_node_fires_the_rest_and_none_twice()
    {
        const int count = 300;
        // The transition's activity takes 200 ms on the first node, so 300 timers take it about 15 s: the kill lands mid-way.
        var first = await StartNodeAsync("node-a", "--CrashHost:SlowStep", "on-elapse", "--CrashHost:SlowMilliseconds", "200");
        Assert.Equal(count.ToString(CultureInfo.InvariantCulture), await first.SendAsync($"schedule busy {count} {Iso(DateTimeOffset.UtcNow.AddSeconds(1))} 0"));
        await CrashStore.WaitUntilAsync(async () => (await _store.AllEffectsAsync(CrashEffect.EffectKind)).Any(e => e.Step == "elapsed"), Settles, "the first timers have fired", first);
        await first.KillAsync();
        var firedBefore = (await _store.InstancesAsync("crash-timer")).Count(i => i.State == "elapsed");
        Assert.InRange(firedBefore, 1, count - 1);

        var second = await StartNodeAsync("node-b");
        await WaitAllElapsedAsync(count, second);

        var instances = await _store.InstancesAsync("crash-timer");
        Assert.Equal(count, instances.Count);
        foreach (var instance in instances)
        {
            AssertFiredOnce(instance);
            Assert.Equal(["elapsed", "on-elapse"], await EffectStepsAsync(instance.Id));
            // A timer document can outlive its firing (killed between the instance write and the delete); it is stale, never fired again.
            Assert.All(await _store.TimersAsync(instance.Id), t => Assert.DoesNotContain(instance.Timers, s => s.DocumentId == t.Id));
        }
    }

    private const string Review = "crash-review:case-1";

    private static string LicenceData() => $$"""{"validTo":"{{Iso(DateTimeOffset.UtcNow.AddYears(1))}}"}""";

    private static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private async Task<CrashHostProcess> StartNodeAsync(string node, params string[] settings)
    {
        var host = await CrashHostProcess.StartAsync(node, CrashHostProcess.Sqlite(_folder.Path), settings);
        _hosts.Add(host);
        return host;
    }

    /// <summary>Committed and carried out: tasks and timers projected, no activity left.</summary>
    private Task WaitSettledAsync(string instanceId, CrashHostProcess host) =>
        CrashStore.WaitUntilAsync(async () => await _store.InstanceAsync(instanceId) is { ProjectionPending: false, Pending.Count: 0 }, Settles, $"{instanceId} has no work left", host);

    private Task WaitAllElapsedAsync(int count, CrashHostProcess host) =>
        CrashStore.WaitUntilAsync(
            async () => (await _store.InstancesAsync("crash-timer")).Count(i => i is { State: "elapsed", ProjectionPending: false, Pending.Count: 0 }) == count,
            Settles, $"all {count} timers have fired and their activities are done", host);

    /// <summary>The steps whose effect exists, one entry per effect: a step twice means it acted twice.</summary>
    private async Task<IReadOnlyList<string>> EffectStepsAsync(string instanceId) =>
        (await _store.EffectsAsync(instanceId)).Where(e => e.Kind == CrashEffect.EffectKind).Select(e => e.Step).Order(StringComparer.Ordinal).ToList();

    private async Task<IReadOnlyList<CrashEffect>> AttemptsAsync(string instanceId, string step) =>
        (await _store.EffectsAsync(instanceId)).Where(e => e.Kind == CrashEffect.AttemptKind && e.Step == step).ToList();

    private static void AssertFiredOnce(WorkflowInstance instance)
    {
        Assert.Equal("elapsed", instance.State);
        Assert.Equal(["start", "elapse"], instance.History.Select(h => h.Trigger));
        Assert.Equal(ActorKind.Timer, instance.History[1].ActorKind);
        Assert.True(instance.History[1].At >= DateTimeOffset.Parse(instance.Data["dueAt"]!.GetValue<string>(), CultureInfo.InvariantCulture), $"{instance.Id} fired before it was due");
    }
}
