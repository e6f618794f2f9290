using Sandbox.Testing;
using Microsoft.Extensions.Time.Testing;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Sqlite;
using Sandbox.Testing.Storage;

namespace Sandbox.Storage.Tests;

/// <summary>The store contract on the embedded SQLite provider, with a fake clock for expiry.</summary>
public sealed class SqliteDocumentStoreContractTests : DocumentStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    protected override IDocumentStore CreateStore() => new SqliteDocumentStore(_folder.File("contract.db"), _time);

    protected override Task LetTimePassAsync(TimeSpan span)
    {
        _time.Advance(span);
        return Task.CompletedTask;
    }

    public void Dispose() => _folder.Dispose();
}
