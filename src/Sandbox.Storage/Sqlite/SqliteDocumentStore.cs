using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Storage.Sqlite;

/// <summary>
/// The embedded default: every container is a table in one SQLite file in WAL mode, so readers
/// never block the writer and one process can use it from many threads.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, SqliteDocumentContainer> _containers = new(StringComparer.Ordinal);

    public SqliteDocumentStore(string databasePath, TimeProvider time)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string ProviderName => "Sqlite";

    public string DatabasePath { get; }

    public async Task InitializeAsync(IReadOnlyCollection<ContainerDefinition> containers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(containers);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
            await using var connection = await OpenAsync(cancellationToken);
            await using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode=WAL";
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var definition in containers)
            {
                await SqliteSchema.EnsureAsync(connection, definition, cancellationToken);
                _containers[definition.Name] = new SqliteDocumentContainer(this, definition, _time);
            }
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"The embedded store at '{DatabasePath}' cannot be opened: {ex.Message}", ex);
        }
    }

    public IDocumentContainer GetContainer(string name) =>
        _containers.TryGetValue(name, out var container)
            ? container
            : throw new InvalidOperationException($"Container '{name}' was not declared; add its ContainerDefinition to the storage registration.");

    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StoreUnavailableException($"The embedded store at '{DatabasePath}' does not answer: {ex.Message}", ex);
        }
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // busy_timeout: a writer that finds the file locked waits inside SQLite (1–100 ms steps) instead of
        // Microsoft.Data.Sqlite's fixed 150 ms retry sleep, which dominated write latency with concurrent writers.
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
