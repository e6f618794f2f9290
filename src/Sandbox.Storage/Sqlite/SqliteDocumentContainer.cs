using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Storage.Sqlite;

/// <summary>One container as a table. Expired rows are invisible at once and purged now and then.</summary>
internal sealed class SqliteDocumentContainer(SqliteDocumentStore store, ContainerDefinition definition, TimeProvider time)
    : IDocumentContainer
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(5);
    private readonly string _table = SqliteNames.Table(definition);
    private long _nextPurgeAt;

    public ContainerDefinition Definition { get; } = definition;

    public async Task<StoredDocument> CreateAsync(JsonObject document, WriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (partitionKey, id) = DocumentRules.Identify(Definition, document);
        var row = NewRow(document, options);
        var written = await ExecuteAsync(
            $"INSERT INTO {_table} (pk, id, body, etag, expires_at) VALUES (@pk, @id, @body, @etag, @expires) " +
            "ON CONFLICT (pk, id) DO UPDATE SET body = excluded.body, etag = excluded.etag, expires_at = excluded.expires_at " +
            "WHERE expires_at IS NOT NULL AND expires_at <= @now",
            partitionKey, id, row, ifMatch: null, cancellationToken);
        return written == 1
            ? new StoredDocument(id, partitionKey, document.DeepClone().AsObject(), row.ETag)
            : throw new DocumentConflictException(Definition.Name, partitionKey, id);
    }

    public async Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken = default)
    {
        DocumentRules.RequireKey(partitionKey, id);
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT pk, id, body, etag FROM {_table} WHERE pk = @pk AND id = @id AND (expires_at IS NULL OR expires_at > @now)";
        command.Parameters.AddWithValue("@pk", partitionKey);
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@now", Now());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ToDocument(reader) : null;
    }

    public async Task<StoredDocument> ReplaceAsync(JsonObject document, string ifMatchETag, WriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatchETag);
        var (partitionKey, id) = DocumentRules.Identify(Definition, document);
        var row = NewRow(document, options);
        var written = await ExecuteAsync(
            $"UPDATE {_table} SET body = @body, etag = @etag, expires_at = @expires " +
            "WHERE pk = @pk AND id = @id AND etag = @ifMatch AND (expires_at IS NULL OR expires_at > @now)",
            partitionKey, id, row, ifMatchETag, cancellationToken);
        if (written == 1)
        {
            return new StoredDocument(id, partitionKey, document.DeepClone().AsObject(), row.ETag);
        }

        throw await ReadAsync(partitionKey, id, cancellationToken) is null
            ? new DocumentNotFoundException(Definition.Name, partitionKey, id)
            : new DocumentConcurrencyException(Definition.Name, partitionKey, id);
    }

    public async Task<StoredDocument> UpsertAsync(JsonObject document, WriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (partitionKey, id) = DocumentRules.Identify(Definition, document);
        var row = NewRow(document, options);
        await ExecuteAsync(
            $"INSERT INTO {_table} (pk, id, body, etag, expires_at) VALUES (@pk, @id, @body, @etag, @expires) " +
            "ON CONFLICT (pk, id) DO UPDATE SET body = excluded.body, etag = excluded.etag, expires_at = excluded.expires_at",
            partitionKey, id, row, ifMatch: null, cancellationToken);
        return new StoredDocument(id, partitionKey, document.DeepClone().AsObject(), row.ETag);
    }

    public async Task<bool> DeleteAsync(string partitionKey, string id, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        DocumentRules.RequireKey(partitionKey, id);
        var etagCondition = ifMatchETag is null ? string.Empty : " AND etag = @ifMatch";
        var deleted = await ExecuteAsync(
            $"DELETE FROM {_table} WHERE pk = @pk AND id = @id AND (expires_at IS NULL OR expires_at > @now){etagCondition}",
            partitionKey, id, row: null, ifMatchETag, cancellationToken);
        if (deleted == 1)
        {
            return true;
        }

        if (ifMatchETag is not null && await ReadAsync(partitionKey, id, cancellationToken) is not null)
        {
            throw new DocumentConcurrencyException(Definition.Name, partitionKey, id);
        }

        return false;
    }

    public async Task<QueryPage> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        var filters = QueryRules.Validate(Definition, query);
        var after = ContinuationTokens.Unwrap(Definition.Name, query) is { } position ? SqlitePosition.Parse(position) : null;
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        SqliteQueryBuilder.BuildSelect(Definition, command, query, filters, after, Now());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var documents = new List<StoredDocument>(Math.Min(query.PageSize, 64));
        object? lastSortValue = null;
        while (documents.Count < query.PageSize && await reader.ReadAsync(cancellationToken))
        {
            documents.Add(ToDocument(reader));
            lastSortValue = reader.GetValue(4);
        }

        var hasMore = await reader.ReadAsync(cancellationToken);
        var token = hasMore
            ? ContinuationTokens.Wrap(Definition.Name, query, new SqlitePosition(SqlitePosition.SortElement(lastSortValue), documents[^1].PartitionKey, documents[^1].Id).Serialize())
            : null;
        return new QueryPage(documents, token);
    }

    public async Task<long> CountAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        var filters = QueryRules.Validate(Definition, query);
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        SqliteQueryBuilder.BuildCount(Definition, command, query, filters, Now());
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> ExecuteAsync(string sql, string partitionKey, string id, NewVersion? row, string? ifMatch, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await PurgeExpiredIfDueAsync(connection, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@pk", partitionKey);
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@now", Now());
        if (row is not null)
        {
            command.Parameters.AddWithValue("@body", row.Body);
            command.Parameters.AddWithValue("@etag", row.ETag);
            command.Parameters.AddWithValue("@expires", (object?)row.ExpiresAt ?? DBNull.Value);
        }

        if (ifMatch is not null)
        {
            command.Parameters.AddWithValue("@ifMatch", ifMatch);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task PurgeExpiredIfDueAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var now = Now();
        var due = Interlocked.Read(ref _nextPurgeAt);
        if (now < due || Interlocked.CompareExchange(ref _nextPurgeAt, now + (long)PurgeInterval.TotalMilliseconds, due) != due)
        {
            return;
        }

        await using var purge = connection.CreateCommand();
        purge.CommandText = $"DELETE FROM {_table} WHERE expires_at IS NOT NULL AND expires_at <= @now";
        purge.Parameters.AddWithValue("@now", now);
        await purge.ExecuteNonQueryAsync(cancellationToken);
    }

    private NewVersion NewRow(JsonObject document, WriteOptions? options)
    {
        var ttl = DocumentRules.EffectiveTimeToLive(Definition, options);
        long? expiresAt = ttl is { } span ? Now() + (long)span.TotalMilliseconds : null;
        return new NewVersion(document.ToJsonString(), "\"" + Guid.NewGuid().ToString("N") + "\"", expiresAt);
    }

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private static StoredDocument ToDocument(SqliteDataReader reader) =>
        new(reader.GetString(1), reader.GetString(0), JsonNode.Parse(reader.GetString(2))!.AsObject(), reader.GetString(3));

    private sealed record NewVersion(string Body, string ETag, long? ExpiresAt);
}
