using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Sandbox.Benchmarks;

/// <summary>
/// The same work written directly against Microsoft.Data.Sqlite — the provider's table shape,
/// indexes, pragmas and SQL, JSON parsed the same way — as the baseline its overhead is measured against.
/// </summary>
internal sealed class RawSqliteTarget(string path) : IStorageTarget
{
    private readonly string _connectionString = $"Data Source={path};Pooling=True";
    private readonly Dictionary<string, string> _etags = [];

    public async Task SeedAsync(int count)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL");
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS raw (pk TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, etag TEXT NOT NULL, PRIMARY KEY (pk, id)) WITHOUT ROWID");
        await ExecuteAsync(connection, "CREATE INDEX IF NOT EXISTS raw_status ON raw (json_extract(body, '$.status'))");
        await ExecuteAsync(connection, "CREATE INDEX IF NOT EXISTS raw_pk_status ON raw (pk, json_extract(body, '$.status'))");
        for (var i = 0; i < count; i++)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT OR REPLACE INTO raw (pk, id, body, etag) VALUES (@pk, @id, @body, @etag)";
            var etag = Guid.NewGuid().ToString("N");
            insert.Parameters.AddWithValue("@pk", BenchmarkData.Tenant);
            insert.Parameters.AddWithValue("@id", BenchmarkData.Id(i));
            insert.Parameters.AddWithValue("@body", BenchmarkData.Document(i).ToJsonString());
            insert.Parameters.AddWithValue("@etag", etag);
            await insert.ExecuteNonQueryAsync();
            _etags[BenchmarkData.Id(i)] = etag;
        }
    }

    public async Task<int> PointReadAsync(string id)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body, etag FROM raw WHERE pk = @pk AND id = @id";
        command.Parameters.AddWithValue("@pk", BenchmarkData.Tenant);
        command.Parameters.AddWithValue("@id", id);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return JsonNode.Parse(reader.GetString(0))!.AsObject().Count;
    }

    public async Task ReplaceAsync(string id)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        var etag = Guid.NewGuid().ToString("N");
        command.CommandText = "UPDATE raw SET body = @body, etag = @etag WHERE pk = @pk AND id = @id AND etag = @ifMatch";
        command.Parameters.AddWithValue("@body", BenchmarkData.Document(int.Parse(id[4..], System.Globalization.CultureInfo.InvariantCulture), "replaced").ToJsonString());
        command.Parameters.AddWithValue("@etag", etag);
        command.Parameters.AddWithValue("@pk", BenchmarkData.Tenant);
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@ifMatch", _etags[id]);
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InvalidOperationException("The raw replace lost its ETag race.");
        }

        _etags[id] = etag;
    }

    public async Task<int> FilteredQueryAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pk, id, body, etag FROM raw WHERE pk = @pk AND json_extract(body, '$.status') = @status ORDER BY pk, id LIMIT @limit";
        command.Parameters.AddWithValue("@pk", BenchmarkData.Tenant);
        command.Parameters.AddWithValue("@status", "approved");
        command.Parameters.AddWithValue("@limit", BenchmarkData.MatchCount);
        await using var reader = await command.ExecuteReaderAsync();
        var count = 0;
        while (await reader.ReadAsync())
        {
            count += JsonNode.Parse(reader.GetString(2)) is JsonObject ? 1 : 0;
        }

        return count;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA synchronous=NORMAL");
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
