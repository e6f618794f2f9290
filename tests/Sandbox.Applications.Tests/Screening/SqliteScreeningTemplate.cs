using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Sandbox.Applications.Screening;
using Sandbox.Testing;
using Sandbox.Testing.Storage;

namespace Sandbox.Applications.Tests.Screening;

/// <summary>
/// The whole real SDN list imported once into a SQLite file; each test copies the file instead of importing 13,889
/// entries again. <see cref="ImportTime"/> is what the one import took.
/// </summary>
public sealed class SqliteScreeningTemplate : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();

    public ScreeningListImport FirstImport { get; private set; } = null!;

    public TimeSpan ImportTime { get; private set; }

    public async Task InitializeAsync()
    {
        var host = await ApplicationsTestHost.StartAsync(TestStores.Sqlite(_folder, new FakeTimeProvider(ScreeningTests.Start)), new FakeTimeProvider(ScreeningTests.Start));
        await using (host)
        {
            var watch = Stopwatch.StartNew();
            await using var stream = File.OpenRead(ScreeningListFiles.RealSdnPath);
            FirstImport = await host.Get<ScreeningListImporter>().ImportSdnCsvAsync(stream, "ofac-sdn-2024-01-30.csv", ScreeningTests.Regulator);
            ImportTime = watch.Elapsed;
        }

        // Closing the last connection checkpoints the write-ahead log into the file.
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Copies the imported database into <paramref name="folder"/> as the file <see cref="TestStores.Sqlite"/> opens.</summary>
    public void CopyTo(TemporaryFolder folder)
    {
        Directory.CreateDirectory(folder.Path);
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            var source = _folder.File("store.db" + suffix);
            if (File.Exists(source))
            {
                File.Copy(source, folder.File("store.db" + suffix), overwrite: true);
            }
        }
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
