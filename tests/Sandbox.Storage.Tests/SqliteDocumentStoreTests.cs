using Sandbox.Testing;
using Microsoft.Data.Sqlite;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;
using Sandbox.Storage.Sqlite;
using Sandbox.Testing.Storage;

namespace Sandbox.Storage.Tests;

/// <summary>What only the embedded provider promises: one durable file, WAL, many threads of one process.</summary>
public sealed class SqliteDocumentStoreTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly ContainerDefinition _definition = ContractDocuments.Definition();

    [Fact]
    public async Task Sqlite_documents_survive_reopening_the_file()
    {
        var path = _folder.File("durable.db");
        var first = new SqliteDocumentStore(path, TimeProvider.System);
        await first.InitializeAsync([_definition]);
        var created = await first.GetContainer(_definition.Name).CreateAsync(ContractDocuments.Doc("t1", "a"));

        var reopened = new SqliteDocumentStore(path, TimeProvider.System);
        await reopened.InitializeAsync([_definition]);

        Assert.Equal(created.ETag, (await reopened.GetContainer(_definition.Name).ReadAsync("t1", "a"))!.ETag);
    }

    [Fact]
    public async Task Sqlite_a_filter_with_a_sort_uses_the_declared_composite_index()
    {
        var path = _folder.File("composite.db");
        var store = new SqliteDocumentStore(path, TimeProvider.System);
        await store.InitializeAsync([_definition]);
        var container = store.GetContainer(_definition.Name);
        for (var i = 0; i < 20; i++)
        {
            await container.CreateAsync(ContractDocuments.Doc("t" + (i % 3), "d" + i, i % 2 == 0 ? "open" : "closed", 20 - i));
        }

        var page = await container.QueryAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("status", "open")).Sorted(SortOrder.Ascending("score")).Take(3));
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var plan = connection.CreateCommand();
        plan.CommandText = $"EXPLAIN QUERY PLAN SELECT body FROM doc_{_definition.Name.Replace('-', '_')} " +
            "WHERE json_extract(body, '$.status') = 'open' ORDER BY json_extract(body, '$.score') LIMIT 3";
        var steps = new List<string>();
        await using (var reader = await plan.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }
        }

        Assert.Equal([2, 4, 6], page.Documents.Select(i => (int)i.Body["score"]!.GetValue<long>()));
        Assert.Contains(steps, s => s.Contains("c_status_score", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_composite_index_over_an_undeclared_field_is_refused() =>
        Assert.Throws<ArgumentException>(() => ContractDocuments.Definition().WithCompositeIndex("status", "undeclared"));

    [Fact]
    public async Task Sqlite_file_is_created_in_wal_mode_under_a_missing_folder()
    {
        var path = Path.Combine(_folder.Path, "nested", "deeper", "wal.db");
        var store = new SqliteDocumentStore(path, TimeProvider.System);

        await store.InitializeAsync([_definition]);

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Sqlite_takes_many_concurrent_writers_and_readers_from_one_process()
    {
        var store = new SqliteDocumentStore(_folder.File("busy.db"), TimeProvider.System);
        await store.InitializeAsync([_definition]);
        var container = store.GetContainer(_definition.Name);

        await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var tenant = "t" + (i % 4);
            var created = await container.CreateAsync(ContractDocuments.Doc(tenant, $"doc-{i}", score: i), cancellationToken: ct);
            await container.ReplaceAsync(ContractDocuments.Doc(tenant, $"doc-{i}", status: "submitted", score: i), created.ETag, cancellationToken: ct);
            await container.QueryAsync(DocumentQuery.InPartition(tenant).Take(10), ct);
        });

        Assert.Equal(400, await container.CountAsync(DocumentQuery.AcrossPartitions().Where(QueryFilter.Equal("status", "submitted"))));
    }

    [Fact]
    public async Task Sqlite_store_that_cannot_create_its_file_says_where()
    {
        var blocker = _folder.File("not-a-folder");
        Directory.CreateDirectory(_folder.Path);
        await File.WriteAllTextAsync(blocker, "a file where a folder should be");
        var store = new SqliteDocumentStore(Path.Combine(blocker, "sandbox.db"), TimeProvider.System);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync([_definition]));

        Assert.Contains(blocker, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sqlite_typed_document_set_round_trips_records()
    {
        var store = new SqliteDocumentStore(_folder.File("typed.db"), TimeProvider.System);
        var definition = new ContainerDefinition("notes", "/owner", ["title"]);
        await store.InitializeAsync([definition]);
        var notes = new DocumentSet<Note>(store.GetContainer("notes"));

        var created = await notes.CreateAsync(new Note("n1", "alice", "Pilot plan", Note.Kind.Plan));
        await notes.ReplaceAsync(created.Value with { Title = "Pilot plan v2" }, created.ETag);
        var page = await notes.QueryAsync(DocumentQuery.InPartition("alice").Where(QueryFilter.Equal("title", "Pilot plan v2")));

        Assert.Equal(new Note("n1", "alice", "Pilot plan v2", Note.Kind.Plan), Assert.Single(page.Items).Value);
    }

    public void Dispose() => _folder.Dispose();

    private sealed record Note(string Id, string Owner, string Title, Note.Kind Type)
    {
        public enum Kind
        {
            Plan,
            Report,
        }
    }
}
