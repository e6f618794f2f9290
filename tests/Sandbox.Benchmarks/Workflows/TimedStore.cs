using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Benchmarks.Workflows;

/// <summary>
/// A store that times every operation it passes on, by container and kind, so a load run can say where the time goes
/// (how many store calls a timer costs, and which of them stall).
/// </summary>
internal sealed class TimedStore(IDocumentStore inner) : IDocumentStore
{
    public const double StallMilliseconds = 100;

    private readonly ConcurrentDictionary<string, Timing> _timings = new(StringComparer.Ordinal);

    public string ProviderName => inner.ProviderName;

    public Task InitializeAsync(IReadOnlyCollection<ContainerDefinition> containers, CancellationToken cancellationToken = default) =>
        inner.InitializeAsync(containers, cancellationToken);

    public IDocumentContainer GetContainer(string name) => new TimedContainer(inner.GetContainer(name), this);

    public Task PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    public void Reset() => _timings.Clear();

    public string Report(int per, string perWhat)
    {
        var text = new StringBuilder($"store calls during the run ({per:N0} {perWhat}): container/operation, calls per {perWhat.TrimEnd('s')}, mean, max, calls over {StallMilliseconds:0} ms{Environment.NewLine}");
        foreach (var (name, timing) in _timings.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                $"  {name,-34} {timing.Count / (double)Math.Max(1, per),6:0.00}  {timing.TotalMilliseconds / Math.Max(1, timing.Count),7:0.000} ms  {timing.MaxMilliseconds,8:0.0} ms  {timing.Stalls,6:N0}");
        }

        return text.ToString();
    }

    private async Task<T> TimeAsync<T>(string container, string operation, Func<Task<T>> call)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return await call();
        }
        finally
        {
            _timings.GetOrAdd($"{container} {operation}", _ => new Timing()).Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    private sealed class Timing
    {
        private readonly Lock _lock = new();

        public long Count { get; private set; }

        public double TotalMilliseconds { get; private set; }

        public double MaxMilliseconds { get; private set; }

        public long Stalls { get; private set; }

        public void Add(double milliseconds)
        {
            lock (_lock)
            {
                Count++;
                TotalMilliseconds += milliseconds;
                MaxMilliseconds = Math.Max(MaxMilliseconds, milliseconds);
                Stalls += milliseconds >= StallMilliseconds ? 1 : 0;
            }
        }
    }

    private sealed class TimedContainer(IDocumentContainer inner, TimedStore owner) : IDocumentContainer
    {
        public ContainerDefinition Definition => inner.Definition;

        private string Name => inner.Definition.Name;

        public Task<StoredDocument> CreateAsync(JsonObject document, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
            owner.TimeAsync(Name, "create", () => inner.CreateAsync(document, options, cancellationToken));

        public Task<StoredDocument?> ReadAsync(string partitionKey, string id, CancellationToken cancellationToken = default) =>
            owner.TimeAsync(Name, "read", () => inner.ReadAsync(partitionKey, id, cancellationToken));

        public Task<StoredDocument> ReplaceAsync(JsonObject document, string ifMatchETag, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
            owner.TimeAsync(Name, "replace", () => inner.ReplaceAsync(document, ifMatchETag, options, cancellationToken));

        public Task<StoredDocument> UpsertAsync(JsonObject document, WriteOptions? options = null, CancellationToken cancellationToken = default) =>
            owner.TimeAsync(Name, "upsert", () => inner.UpsertAsync(document, options, cancellationToken));

        public Task<bool> DeleteAsync(string partitionKey, string id, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
            owner.TimeAsync(Name, "delete", () => inner.DeleteAsync(partitionKey, id, ifMatchETag, cancellationToken));

        public Task<QueryPage> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default) =>
            owner.TimeAsync(Name, "query", () => inner.QueryAsync(query, cancellationToken));

        public Task<long> CountAsync(DocumentQuery query, CancellationToken cancellationToken = default) =>
            owner.TimeAsync(Name, "count", () => inner.CountAsync(query, cancellationToken));
    }
}
