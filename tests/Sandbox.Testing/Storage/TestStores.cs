using Sandbox.Storage.Cosmos;
using Sandbox.Storage.Sqlite;
using Sandbox.Testing.Cosmos;

namespace Sandbox.Testing.Storage;

/// <summary>Real stores for tests: a SQLite file in a temporary folder, or a fresh database on the Cosmos test endpoint.</summary>
public static class TestStores
{
    public static SqliteDocumentStore Sqlite(TemporaryFolder folder, TimeProvider time) =>
        new(folder.File("store.db"), time);

    public static CosmosDocumentStore Cosmos(CosmosTestServer server, string? database = null) => new(
        new CosmosStorageOptions
        {
            Endpoint = server.Endpoint.ToString(),
            Key = server.Key,
            Database = database ?? "test-" + Guid.NewGuid().ToString("N")[..8],
        },
        server.ConfigureClient);
}
