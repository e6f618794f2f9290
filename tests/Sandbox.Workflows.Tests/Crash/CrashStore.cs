using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Tasks;
using Sandbox.Workflows.Timers;

namespace Sandbox.Workflows.Tests.Crash;

/// <summary>What the crash hosts left in the store, read directly (never through a host): instances, timers, tasks, effects.</summary>
internal sealed class CrashStore
{
    private const int Page = 500;
    private readonly DocumentSet<WorkflowInstance> _instances;
    private readonly DocumentSet<TimerDocument> _timers;
    private readonly DocumentSet<WorkflowTask> _tasks;
    private readonly DocumentSet<CrashEffect> _effects;

    private CrashStore(IDocumentStore store)
    {
        _instances = new DocumentSet<WorkflowInstance>(store.GetContainer(WorkflowInstance.Container.Name));
        _timers = new DocumentSet<TimerDocument>(store.GetContainer(TimerDocument.Container.Name));
        _tasks = new DocumentSet<WorkflowTask>(store.GetContainer(WorkflowTask.Container.Name));
        _effects = new DocumentSet<CrashEffect>(store.GetContainer(CrashEffect.Container.Name));
    }

    /// <summary>Declares the containers the hosts use (creating them when the test runs first).</summary>
    public static async Task<CrashStore> OpenAsync(IDocumentStore store)
    {
        await store.InitializeAsync([WorkflowInstance.Container, TimerDocument.Container, WorkflowTask.Container, CrashEffect.Container]);
        return new CrashStore(store);
    }

    public async Task<WorkflowInstance> InstanceAsync(string id) =>
        (await _instances.ReadAsync(id, id))?.Value ?? throw new InvalidOperationException($"No instance '{id}' in the store.");

    public async Task<IReadOnlyList<WorkflowInstance>> InstancesAsync(string definitionId) =>
        await _instances.QueryAllAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("definitionId", definitionId)).Take(Page))
            .Select(i => i.Value).ToListAsync();

    public async Task<IReadOnlyList<TimerDocument>> TimersAsync(string instanceId) =>
        await _timers.QueryAllAsync(DocumentQuery.InPartition(instanceId).Take(Page)).Select(t => t.Value).ToListAsync();

    public async Task<IReadOnlyList<TimerDocument>> AllTimersAsync() =>
        await _timers.QueryAllAsync(DocumentQuery.AcrossPartitions().Take(Page)).Select(t => t.Value).ToListAsync();

    public async Task<IReadOnlyList<WorkflowTask>> TasksAsync(string instanceId) =>
        await _tasks.QueryAllAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("instanceId", instanceId)).Take(Page))
            .Select(t => t.Value).ToListAsync();

    public async Task<IReadOnlyList<CrashEffect>> EffectsAsync(string instanceId) =>
        await _effects.QueryAllAsync(DocumentQuery.InPartition(instanceId).Take(Page)).Select(e => e.Value).ToListAsync();

    public async Task<IReadOnlyList<CrashEffect>> AllEffectsAsync(string kind) =>
        await _effects.QueryAllAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("kind", kind)).Take(Page))
            .Select(e => e.Value).ToListAsync();

    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> and the hosts' output.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, params CrashHostProcess[] hosts)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting until {what}.{string.Concat(hosts.Select(h => $"{Environment.NewLine}--- {h.Node}:{Environment.NewLine}{Tail(h.Output)}"))}");
            }

            await Task.Delay(100);
        }
    }

    private static string Tail(string output) => output.Length > 4000 ? output[^4000..] : output;
}
