using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications;
using Sandbox.Identity;
using Sandbox.Licensing;
using Sandbox.Oversight.Transparency;
using Sandbox.Provisioning;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Sqlite;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// The transparency services composed as the app composes them (identity, applications, licensing, provisioning,
/// oversight) on a fresh SQLite file holding three years of seeded activity (<see cref="TransparencySeeder"/>).
/// </summary>
internal sealed class TransparencyFixture : IAsyncDisposable
{
    private readonly string _folder;
    private readonly ServiceProvider _services;
    private readonly SeededFacts _facts;

    private TransparencyFixture(string folder, ServiceProvider services, SeededFacts facts)
    {
        _folder = folder;
        _services = services;
        _facts = facts;
        Calculator = services.GetRequiredService<TransparencyCalculator>();
        Reports = services.GetRequiredService<TransparencyReports>();
    }

    public TransparencyCalculator Calculator { get; }

    public TransparencyReports Reports { get; }

    public static async Task<TransparencyFixture> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sandbox-bench", "transparency-" + Guid.NewGuid().ToString("N"));
        var store = new SqliteDocumentStore(Path.Combine(folder, "transparency.db"), TimeProvider.System);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IDocumentStore>(store);
        services.AddSandboxIdentityCore();
        services.AddSandboxApplications(Path.Combine(RepositoryPaths.Root, "sandbox-templates"));
        services.AddSandboxLicensing(
            o =>
            {
                o.RunWorker = false;
                o.Directory = Path.Combine(RepositoryPaths.Root, "workflows");
            },
            reconcileAtStart: false);
        services.AddSandboxProvisioning(purgeWorker: false);
        services.AddSandboxOversight();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await store.InitializeAsync(provider.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());

        var seeder = new TransparencySeeder(provider);
        var clock = Stopwatch.StartNew();
        SeededFacts facts;
        try
        {
            facts = await seeder.SeedAsync();
        }
        catch
        {
            await RemoveAsync(folder, provider);
            throw;
        }

        Console.WriteLine($"// Seeded in {clock.Elapsed.TotalSeconds:F0} s (seed {TransparencySeeder.Seed}): {string.Join(", ", seeder.Written.Select(w => $"{w.Key} {w.Value:N0}"))}");
        return new TransparencyFixture(folder, provider, facts);
    }

    public ReportPeriod Period(PeriodRequest request) =>
        Reports.Period(request, out var problems) ?? throw new InvalidOperationException($"{request} is not a period: {string.Join("; ", problems.SelectMany(p => p.Value))}");

    /// <summary>The exact report, after checking every count against what was seeded in the period.</summary>
    public async Task<TransparencyReport> ComputeCheckedAsync(ReportPeriod period)
    {
        var report = await Calculator.ComputeAsync(period);
        var seeded = _facts.ExpectedFor(period.From, period.Through);
        ReportCheck.RequireSeeded(report, seeded);
        Console.WriteLine($"// {period.Id} matches the seeded store: {string.Join(", ", ReportCheck.Headlines.Select(k => $"{k} {seeded[k]:N0}"))}");
        Console.WriteLine("// " + await CollectorScan.DescribeAsync(_services, period));
        return report;
    }

    public ValueTask DisposeAsync() => RemoveAsync(_folder, _services);

    /// <summary>The store file is about 400 MB; it goes with the services, also when seeding fails.</summary>
    private static async ValueTask RemoveAsync(string folder, ServiceProvider services)
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
