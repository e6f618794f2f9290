using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Sandbox.Testing.Storage;
using Sandbox.Workflows.Hosting;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;
using Sandbox.Workflows.Tasks;
using Sandbox.Workflows.Timers;

namespace Sandbox.Workflows.Tests.Support;

/// <summary>
/// The runtime on a real SQLite store with a fake clock, loading the definitions given as JSON texts (the repository's
/// schema is copied beside them). The worker does not run: tests sweep by hand after moving the clock.
/// </summary>
public sealed class WorkflowTestHost : IAsyncDisposable
{
    private readonly TemporaryFolder _folder;

    private WorkflowTestHost(ServiceProvider services, TemporaryFolder folder, FakeTimeProvider time)
    {
        Services = services;
        _folder = folder;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public WorkflowEngine Engine => Services.GetRequiredService<WorkflowEngine>();

    public WorkflowWorker Worker => Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<WorkflowWorker>().Single();

    public RecordingActivities Activities => Services.GetRequiredService<RecordingActivities>();

    public static DateTimeOffset Start { get; } = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task<WorkflowTestHost> StartAsync(IEnumerable<string> definitionFiles, Action<IServiceCollection>? configure = null, IDocumentStore? store = null)
    {
        var folder = new TemporaryFolder();
        var directory = Path.Combine(folder.Path, "workflows");
        Directory.CreateDirectory(Path.Combine(directory, "schema"));
        File.Copy(RepositoryPaths.Combine("workflows", "schema", "workflow.schema.json"), Path.Combine(directory, "schema", "workflow.schema.json"));
        foreach (var file in definitionFiles)
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        var time = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(store ?? TestStores.Sqlite(folder, time));
        services.AddSingleton<RecordingActivities>();
        foreach (var activity in RecordingActivities.Names)
        {
            services.AddSingleton<IWorkflowActivity>(provider => provider.GetRequiredService<RecordingActivities>().Activity(activity));
        }

        configure?.Invoke(services);
        services.AddSandboxWorkflows(o =>
        {
            o.Directory = directory;
            o.RunWorker = false;
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.GetRequiredService<IDocumentStore>().InitializeAsync(provider.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());
        return new WorkflowTestHost(provider, folder, time);
    }

    public static string Definition(string name) => Path.Combine(AppContext.BaseDirectory, "Definitions", "Files", name);

    public Task<Versioned<WorkflowInstance>> StartInstanceAsync(string definitionId, string subjectId, JsonObject? data = null, string organizationId = "org-applicant") =>
        Engine.StartAsync(new StartWorkflow(definitionId, $"{definitionId}:{subjectId}", new WorkflowSubject("case", subjectId, "APP-2026-000001", "A pilot", organizationId), data ?? [], WorkflowActor.System));

    public async Task<WorkflowInstance> InstanceAsync(string id) => (await Engine.GetAsync(id))!.Value;

    /// <summary>Moves the clock and lets the worker do one pass (or more, while batches are full).</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        while (await Worker.SweepAsync(CancellationToken.None))
        {
        }
    }

    public async Task<IReadOnlyList<TimerDocument>> TimerDocumentsAsync()
    {
        var set = Services.GetRequiredService<DocumentSet<TimerDocument>>();
        return await set.QueryAllAsync(Sandbox.Storage.Queries.DocumentQuery.AcrossPartitions().Take(1000)).Select(t => t.Value).ToListAsync();
    }

    public Task<IReadOnlyList<WorkflowTask>> InboxAsync(WorkflowActor actor) => Services.GetRequiredService<WorkflowInbox>().ForAsync(actor);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _folder.Dispose();
    }
}
