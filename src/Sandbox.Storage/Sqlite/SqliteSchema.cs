using Microsoft.Data.Sqlite;
using Sandbox.Storage.Documents;

namespace Sandbox.Storage.Sqlite;

/// <summary>Creates a container's table and its indexes if they are missing.</summary>
internal static class SqliteSchema
{
    public static async Task EnsureAsync(SqliteConnection connection, ContainerDefinition definition, CancellationToken cancellationToken)
    {
        var table = SqliteNames.Table(definition);
        var statements = new List<string>
        {
            $"CREATE TABLE IF NOT EXISTS {table} (pk TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, etag TEXT NOT NULL, expires_at INTEGER NULL, PRIMARY KEY (pk, id)) WITHOUT ROWID",
            $"CREATE INDEX IF NOT EXISTS {SqliteNames.Index(definition, "expires")} ON {table} (expires_at) WHERE expires_at IS NOT NULL",
        };
        foreach (var field in definition.QueryableFields.Where(f => f != FieldPath.Id && f != definition.PartitionKey))
        {
            var expression = SqliteNames.Field(definition, field);
            statements.Add($"CREATE INDEX IF NOT EXISTS {SqliteNames.Index(definition, field.Value)} ON {table} ({expression})");
            if (definition.PartitionKey != FieldPath.Id)
            {
                // Partition-scoped queries; with one document per partition they never help.
                statements.Add($"CREATE INDEX IF NOT EXISTS {SqliteNames.Index(definition, "pk_" + field.Value)} ON {table} (pk, {expression})");
            }
        }

        foreach (var composite in definition.CompositeIndexes)
        {
            var columns = string.Join(", ", composite.Select(f => SqliteNames.Field(definition, f)));
            statements.Add($"CREATE INDEX IF NOT EXISTS {SqliteNames.Index(definition, "c_" + string.Join("_", composite.Select(f => f.Value)))} ON {table} ({columns})");
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
