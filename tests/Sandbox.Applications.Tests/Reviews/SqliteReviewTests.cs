using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Sandbox.Testing.Storage;

namespace Sandbox.Applications.Tests.Reviews;

public sealed class SqliteReviewTests : ReviewTests
{
    private readonly TemporaryFolder _folder = new();

    protected override IDocumentStore CreateStore() => TestStores.Sqlite(_folder, Time);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
