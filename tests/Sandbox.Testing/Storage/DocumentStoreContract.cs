using System.Text.Json.Nodes;
using Sandbox.Storage.Documents;
using Xunit;

namespace Sandbox.Testing.Storage;

/// <summary>
/// The behaviour every document-store provider must have. Each provider's test class derives
/// from this and supplies a fresh store; the class name carries the provider's name so that
/// every result in a test report says which provider it is for.
/// </summary>
public abstract partial class DocumentStoreContract : IAsyncLifetime
{
    private readonly List<IDocumentStore> _stores = [];

    protected IDocumentContainer Container { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Container = await NewContainerAsync();

    public virtual Task DisposeAsync()
    {
        foreach (var store in _stores.OfType<IDisposable>())
        {
            store.Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>A store of the provider under test; each call may return the same account with a fresh container.</summary>
    protected abstract IDocumentStore CreateStore();

    /// <summary>Lets <paramref name="span"/> pass for the provider's notion of time (a fake clock where it has one).</summary>
    protected abstract Task LetTimePassAsync(TimeSpan span);

    protected async Task<IDocumentContainer> NewContainerAsync(TimeSpan? defaultTimeToLive = null)
    {
        var store = CreateStore();
        _stores.Add(store);
        var definition = ContractDocuments.Definition(defaultTimeToLive);
        await store.InitializeAsync([definition]);
        return store.GetContainer(definition.Name);
    }

    protected static JsonObject Doc(string tenant, string id, string status = "draft", long score = 0, string? label = null) =>
        ContractDocuments.Doc(tenant, id, status, score, label);

    protected async Task SeedAsync(string tenant, int count, Func<int, string>? status = null)
    {
        for (var i = 0; i < count; i++)
        {
            await Container.CreateAsync(Doc(tenant, $"{tenant}-{i:D3}", status?.Invoke(i) ?? "draft", i));
        }
    }
}
