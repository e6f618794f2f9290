using System.Text.Json.Nodes;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Provisioning.Tests;

/// <summary>
/// The real store, except that writes to the audit log fail while <see cref="AuditDown"/> is set, as they would when
/// the audit container is unreachable. Everything else reaches the real store unchanged.
/// </summary>
public sealed class FailingAuditStore(IDocumentStore inner) : IDocumentStore
{
    public bool AuditDown { get; set; }

    public string ProviderName => inner.ProviderName;

    public Task InitializeAsync(IReadOnlyCollection<ContainerDefinition> containers, CancellationToken cancellationToken = default) =>
        inner.InitializeAsync(containers, cancellationToken);

    public IDocumentContainer GetContainer(string name) =>
        name == AuditLog.Container.Name ? new Container(inner.GetContainer(name), this) : inner.GetContainer(name);

    public Task PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    private sealed class Container(IDocumentContainer inner, FailingAuditStore store) : IDocumentContainer
    {
        public ContainerDefinition Definition => inner.Definition;

        public Task<StoredDocument> CreateAsync(JsonObject document, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
            store.AuditDown ? throw new StoreUnavailableException("The audit log is unreachable (test).") : inner.CreateAsync(document, options, cancellationToken);

        public Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken = default) => inner.ReadAsync(partitionKey, id, cancellationToken);

        public Task<StoredDocument> ReplaceAsync(JsonObject document, string ifMatchETag, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
            store.AuditDown ? throw new StoreUnavailableException("The audit log is unreachable (test).") : inner.ReplaceAsync(document, ifMatchETag, options, cancellationToken);

        public Task<StoredDocument> UpsertAsync(JsonObject document, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
            store.AuditDown ? throw new StoreUnavailableException("The audit log is unreachable (test).") : inner.UpsertAsync(document, options, cancellationToken);

        public Task<bool> DeleteAsync(string partitionKey, string id, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(partitionKey, id, ifMatchETag, cancellationToken);

        public Task<QueryPage> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(query, cancellationToken);

        public Task<long> CountAsync(DocumentQuery query, CancellationToken cancellationToken = default) => inner.CountAsync(query, cancellationToken);
    }
}
