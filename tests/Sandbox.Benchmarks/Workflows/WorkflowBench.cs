using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Hosting;
using Sandbox.Storage.Sqlite;
using Sandbox.Workflows.Hosting;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Benchmarks.Workflows;

/// <summary>
/// The workflow runtime composed as the app composes it (<c>AddSandboxWorkflows</c>) on a fresh SQLite file, with the
/// benchmark definitions (<c>Workflows/Definitions</c>, copied with the repository's schema) and the <c>record</c> activity.
/// </summary>
internal sealed class WorkflowBench : IAsyncDisposable
{
    private readonly string _folder;
    private readonly ServiceProvider _services;

    private WorkflowBench(string folder, ServiceProvider services, string databasePath)
    {
        _folder = folder;
        _services = services;
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }

    public WorkflowEngine Engine => _services.GetRequiredService<WorkflowEngine>();

    public WorkflowWorker Worker => _services.GetServices<IHostedService>().OfType<WorkflowWorker>().Single();

    public static async Task<WorkflowBench> StartAsync(
        TimeProvider time, Action<WorkflowRuntimeOptions>? configure = null, IWorkflowObserver? observer = null, Func<IDocumentStore, IDocumentStore>? wrap = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sandbox-bench", "workflows-" + Guid.NewGuid().ToString("N"));
        var definitions = Path.Combine(folder, "workflows");
        Directory.CreateDirectory(Path.Combine(definitions, "schema"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "workflows", "schema", "workflow.schema.json"), Path.Combine(definitions, "schema", "workflow.schema.json"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "Sandbox.Benchmarks", "Workflows", "Definitions"), "*.json"))
        {
            File.Copy(file, Path.Combine(definitions, Path.GetFileName(file)));
        }

        var databasePath = Path.Combine(folder, "workflows.db");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        IDocumentStore store = new SqliteDocumentStore(databasePath, time);
        services.AddSingleton(wrap?.Invoke(store) ?? store);
        services.AddDocumentSet<BenchEffect>(BenchEffect.Container);
        services.AddSingleton<IWorkflowActivity, RecordActivity>();
        if (observer is not null)
        {
            services.AddSingleton(observer);
        }

        services.AddSandboxWorkflows(options =>
        {
            options.Directory = definitions;
            options.RunWorker = false;
            configure?.Invoke(options);
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.GetRequiredService<IDocumentStore>().InitializeAsync(provider.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());
        return new WorkflowBench(folder, provider, databasePath);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
