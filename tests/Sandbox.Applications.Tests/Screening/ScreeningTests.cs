using Microsoft.Extensions.Time.Testing;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;
using Sandbox.Testing;
using Xunit.Abstractions;

namespace Sandbox.Applications.Tests.Screening;

/// <summary>
/// Screening on a real store: list imports, allied denials, the screening service and adjudication memory. Runs on
/// every provider. Every test starts with the base list imported (<see cref="FirstImport"/>): on SQLite the whole real
/// SDN list, imported once per run into a template file that each test copies; on Cosmos (a slow local server) the
/// first 300 rows, imported by each test.
/// </summary>
public abstract partial class ScreeningTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const string Regulator = "regulator-1";

    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    protected ITestOutputHelper Output { get; } = output;

    protected FakeTimeProvider Time { get; } = new(Start);

    protected TemporaryFolder Files { get; } = new();

    protected ApplicationsTestHost Host { get; private set; } = null!;

    /// <summary>The rows of the base list this provider imports.</summary>
    protected IReadOnlyList<string[]> BaseRows { get; private set; } = [];

    protected string BaseFile { get; private set; } = null!;

    /// <summary>The report of the import of <see cref="BaseFile"/> into an empty store.</summary>
    protected ScreeningListImport FirstImport { get; private set; } = null!;

    /// <summary>Null: the whole real file; otherwise how many of its first rows.</summary>
    protected abstract int? BaseRowCount { get; }

    protected ScreeningListImporter Importer => Host.Get<ScreeningListImporter>();

    protected ScreeningService Screening => Host.Get<ScreeningService>();

    protected AlliedDenialRegistry Denials => Host.Get<AlliedDenialRegistry>();

    protected ScreeningAdjudications Adjudications => Host.Get<ScreeningAdjudications>();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Files.Path);
        if (BaseRowCount is { } count)
        {
            BaseRows = ScreeningListFiles.RealRows.Take(count).ToArray();
            BaseFile = Files.File("sdn-subset.csv");
            ScreeningListFiles.Write(BaseFile, BaseRows);
        }
        else
        {
            BaseRows = ScreeningListFiles.RealRows;
            BaseFile = ScreeningListFiles.RealSdnPath;
        }

        Host = await StartNodeAsync(CreateStore());
        FirstImport = await SeedAsync(Host);
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Files.Dispose();
    }

    /// <summary>The store of this test; <see cref="SeedAsync"/> fills it.</summary>
    protected abstract IDocumentStore CreateStore();

    /// <summary>Imports <see cref="BaseFile"/> into the new store (or finds it imported) and returns that first import's report.</summary>
    protected abstract Task<ScreeningListImport> SeedAsync(ApplicationsTestHost host);

    /// <summary>A store of its own with nothing imported.</summary>
    protected abstract IDocumentStore CreateEmptyStore();

    /// <summary>Another instance on the same data, as a second node would have.</summary>
    protected abstract IDocumentStore CreateStoreForSecondNode();

    protected Task<ApplicationsTestHost> StartNodeAsync(IDocumentStore store) => ApplicationsTestHost.StartAsync(store, Time);

    protected static async Task<ScreeningListImport> ImportAsync(ApplicationsTestHost node, string path, bool allowMassRemoval = false)
    {
        await using var stream = File.OpenRead(path);
        return await node.Get<ScreeningListImporter>().ImportSdnCsvAsync(stream, Path.GetFileName(path), Regulator, allowMassRemoval);
    }

    protected Task<ScreeningListImport> ImportAsync(string path, bool allowMassRemoval = false) => ImportAsync(Host, path, allowMassRemoval);

    protected string WriteModified(out ModifiedList modified)
    {
        modified = ScreeningListFiles.Modify(BaseRows);
        var path = Files.File("sdn-newer.csv");
        ScreeningListFiles.Write(path, modified.Rows);
        return path;
    }

    protected async Task<Dictionary<string, Versioned<ScreeningEntry>>> StoredEntriesAsync() =>
        await Host.Get<DocumentSet<ScreeningEntry>>()
            .QueryAllAsync(DocumentQuery.InPartition(ScreeningLists.OfacSdn).Take(DocumentQuery.MaxPageSize))
            .ToDictionaryAsync(e => e.Value.Id);

    protected async Task<IReadOnlyList<AuditEvent>> AuditAsync(string type) =>
        await Host.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime), type);

    protected static ScreeningMatch Hit(ScreeningResult result, string listId, string entryId) =>
        Assert.Single(result.Hits, h => h.ListId == listId && h.EntryId == entryId);
}
