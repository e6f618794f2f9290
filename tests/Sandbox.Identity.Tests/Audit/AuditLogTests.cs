using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;

namespace Sandbox.Identity.Tests.Audit;

/// <summary>The hash-chained audit log on a real store; each provider's class derives from this one unchanged.</summary>
public abstract partial class AuditLogTests : IAsyncLifetime
{
    protected static readonly DateOnly Today = new(2026, 12, 1);

    private readonly List<AuditNode> _nodes = [];

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    protected IDocumentStore Store { get; private set; } = null!;

    protected AuditNode Node { get; private set; } = null!;

    protected IDocumentContainer Raw => Store.GetContainer(AuditLog.Container.Name);

    public async Task InitializeAsync()
    {
        Store = CreateStore();
        Node = await NewNodeAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        (Store as IDisposable)?.Dispose();
    }

    protected abstract IDocumentStore CreateStore();

    protected async Task<AuditNode> NewNodeAsync(int shards = 4)
    {
        var node = await AuditNode.StartAsync(Store, Time, shards);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Events about one subject, so they form one chain in order; returns the entries as written.</summary>
    protected async Task<IReadOnlyList<AuditEvent>> AppendAsync(string subject, int count, AuditLog? log = null)
    {
        var written = new List<AuditEvent>();
        for (var i = 1; i <= count; i++)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            written.Add(await (log ?? Node.Log).AppendAsync("test.event", "actor-" + i, subject, AuditOutcome.Succeeded,
                new Dictionary<string, string> { ["step"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        }

        return written;
    }

    protected Task<AuditVerificationReport> VerifyTodayAsync() => Node.Verifier.VerifyAsync(Today, Today);

    protected async Task<StoredDocument> ReadRawAsync(AuditEvent entry) =>
        await Raw.ReadAsync(entry.Chain, entry.Id) ?? throw new InvalidOperationException($"No entry {entry.Id}.");

    /// <summary>Replaces the stored entry with what <paramref name="change"/> makes of (a copy of) its body.</summary>
    protected async Task ReplaceRawAsync(AuditEvent entry, Func<JsonObject, JsonObject> change)
    {
        var stored = await ReadRawAsync(entry);
        await Raw.ReplaceAsync(change(stored.Body.DeepClone().AsObject()), stored.ETag);
    }

    protected static AuditProblem SingleProblem(AuditVerificationReport report)
    {
        Assert.False(report.Intact);
        return Assert.Single(report.Problems);
    }
}
