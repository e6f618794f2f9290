using Sandbox.Applications.Screening;
using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Sandbox.Testing.Cosmos;
using Sandbox.Testing.Storage;
using Xunit.Abstractions;

namespace Sandbox.Applications.Tests.Screening;

/// <summary>The whole real SDN list (13,889 entries) on the embedded store, imported once and copied per test.</summary>
public sealed class SqliteScreeningTests(SqliteScreeningTemplate template, ITestOutputHelper output)
    : ScreeningTests(output), IClassFixture<SqliteScreeningTemplate>
{
    private readonly TemporaryFolder _empty = new();

    protected override int? BaseRowCount => null;

    protected override IDocumentStore CreateStore()
    {
        template.CopyTo(Files);
        return TestStores.Sqlite(Files, Time);
    }

    protected override Task<ScreeningListImport> SeedAsync(ApplicationsTestHost host)
    {
        Output.WriteLine($"SQLite: the import of {template.FirstImport.EntryCount} entries into an empty store took {template.ImportTime.TotalSeconds:0.0} s (once per run)");
        return Task.FromResult(template.FirstImport);
    }

    protected override IDocumentStore CreateEmptyStore() => TestStores.Sqlite(_empty, Time);

    protected override IDocumentStore CreateStoreForSecondNode() => TestStores.Sqlite(Files, Time);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _empty.Dispose();
    }
}

/// <summary>The first 300 rows of the real list through the Cosmos SDK (the local server is slow for 14k writes).</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosScreeningTests(CosmosServerFixture fixture, ITestOutputHelper output) : ScreeningTests(output)
{
    private readonly string _database = "screening-" + Guid.NewGuid().ToString("N")[..8];

    protected override int? BaseRowCount => 300;

    protected override IDocumentStore CreateStore() => TestStores.Cosmos(fixture.Server, _database);

    protected override async Task<ScreeningListImport> SeedAsync(ApplicationsTestHost host)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var report = await ImportAsync(host, BaseFile);
        Output.WriteLine($"Cosmos: the import of {report.EntryCount} entries took {watch.Elapsed.TotalSeconds:0.0} s");
        return report;
    }

    protected override IDocumentStore CreateEmptyStore() => TestStores.Cosmos(fixture.Server);

    protected override IDocumentStore CreateStoreForSecondNode() => TestStores.Cosmos(fixture.Server, _database);
}
