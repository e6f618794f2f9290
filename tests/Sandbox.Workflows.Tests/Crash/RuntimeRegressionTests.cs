using System.Globalization;
using Sandbox.Storage.Sqlite;
using Sandbox.Testing;

namespace Sandbox.Workflows.Tests.Crash;

/// <summary>Two runtime bugs the crash host found (issue #5), kept as regression tests against the real process.</summary>
[Collection(CrashCollection.Name)]
public sealed class RuntimeRegressionTests : IAsyncLifetime
{
    private const string Review = "crash-review:case-1";
    private readonly TemporaryFolder _folder = new();
    private readonly List<CrashHostProcess> _hosts = [];
    private CrashStore _store = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder.Path);
        _store = await CrashStore.OpenAsync(new SqliteDocumentStore(_folder.File("sandbox.db"), TimeProvider.System));
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _folder.Dispose();
    }

    /// <summary>
    /// An activity slower than a poll interval must not be started again by a worker (the committing node holds the
    /// work for <c>WorkGrace</c>), nor re-run when storing its result meets a concurrent change.
    /// </summary>
    [Fact]
    public async Task An_activity_still_running_is_not_started_again_by_the_worker()
    {
        var node = await StartNodeAsync("node-a", "--CrashHost:SlowStep", "issue-licence", "--CrashHost:SlowMilliseconds", "1500");
        await node.SendAsync($"start crash-review {Review} {{\"validTo\":\"2030-01-01T00:00:00Z\"}}");
        await node.SendAsync($"fire {Review} approve regulator");
        Assert.Equal("licensed", await node.SendAsync($"fire {Review} countersign senior"));
        await CrashStore.WaitUntilAsync(async () => await _store.InstanceAsync(Review) is { ProjectionPending: false, Pending.Count: 0 }, TimeSpan.FromSeconds(20), "the licence is issued", node);
        await Task.Delay(TimeSpan.FromSeconds(2)); // any run still going records its attempt

        var attempts = (await _store.EffectsAsync(Review)).Where(e => e.Kind == CrashEffect.AttemptKind && e.Step == "issue-licence").ToList();
        Assert.True(attempts.Count == 1,
            $"issue-licence ran {attempts.Count} times for one key with no crash and no failure: {string.Join(", ", attempts.Select(a => $"attempt {a.Attempt} on {a.Node} at {a.At:HH:mm:ss.fff}"))}");
    }

    /// <summary>
    /// A timer at a time read from the data with another UTC offset fires at that instant: the store compares times as
    /// UTC text, so the due time is converted before it is stored.
    /// </summary>
    [Fact]
    public async Task A_timer_at_a_data_time_with_an_offset_fires_at_that_instant_not_before()
    {
        var node = await StartNodeAsync("node-a");
        var due = DateTimeOffset.UtcNow.AddSeconds(8).ToOffset(TimeSpan.FromHours(-5));
        var data = $$"""{"dueAt":"{{due.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture)}}"}""";
        Assert.Equal("scheduled", await node.SendAsync($"start crash-timer crash-timer:offset {data}"));
        await Task.Delay(TimeSpan.FromSeconds(2));

        var instance = await _store.InstanceAsync("crash-timer:offset");
        Assert.True(instance.State == "scheduled",
            $"due at {due.UtcDateTime:HH:mm:ss.fff}Z ({due:HH:mm:ss.fffzzz}) but fired at {instance.History[^1].At.UtcDateTime:HH:mm:ss.fff}Z");
    }

    private async Task<CrashHostProcess> StartNodeAsync(string node, params string[] settings)
    {
        var host = await CrashHostProcess.StartAsync(node, CrashHostProcess.Sqlite(_folder.Path), settings);
        _hosts.Add(host);
        return host;
    }
}
