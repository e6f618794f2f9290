using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Access;
using Sandbox.Domain.Applications;
using Sandbox.Identity;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Sqlite;

namespace Sandbox.Benchmarks.Queue;

/// <summary>
/// The application services composed as the app composes them, on a fresh SQLite file holding
/// <see cref="QueueData"/>'s 10,000 cases, written straight through <see cref="DocumentSet{T}"/>.
/// </summary>
internal sealed class QueueFixture : IAsyncDisposable
{
    public static readonly CaseActor Regulator = new("r", "authority", new HashSet<string> { SandboxRoles.Regulator });
    public static readonly CaseActor Applicant = new("a", QueueData.OrganizationId(7), new HashSet<string> { SandboxRoles.Applicant });

    private readonly string _folder;
    private readonly ServiceProvider _services;

    private QueueFixture(string folder, ServiceProvider services, string databasePath)
    {
        _folder = folder;
        _services = services;
        DatabasePath = databasePath;
        Applications = services.GetRequiredService<PilotApplications>();
    }

    public PilotApplications Applications { get; }

    public string DatabasePath { get; }

    public static async Task<QueueFixture> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sandbox-bench", "queue-" + Guid.NewGuid().ToString("N"));
        var databasePath = Path.Combine(folder, "queue.db");
        var store = new SqliteDocumentStore(databasePath, TimeProvider.System);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IDocumentStore>(store);
        services.AddSandboxIdentityCore();
        services.AddSandboxApplications(Path.Combine(RepositoryPaths.Root, "sandbox-templates"));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await store.InitializeAsync(provider.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());

        var cases = provider.GetRequiredService<DocumentSet<PilotApplication>>();
        foreach (var application in QueueData.Cases())
        {
            await cases.CreateAsync(application);
        }

        return new QueueFixture(folder, provider, databasePath);
    }

    /// <summary>Fails the run, rather than timing an empty answer, when a filter does not fill its page.</summary>
    public async Task RequireFullPageAsync(CaseActor actor, ApplicationFilter filter)
    {
        var page = await Applications.ListAsync(actor, filter);
        if (page.Items.Count != filter.PageSize)
        {
            throw new InvalidOperationException($"Expected a full page of {filter.PageSize} for {filter}; got {page.Items.Count}.");
        }
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
