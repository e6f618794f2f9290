namespace Sandbox.Storage.Queries;

/// <summary>
/// A parameterized query: filters on declared fields (all must hold), an optional sort, a page
/// size and the continuation token of the previous page. <see cref="PartitionKey"/> scopes it to
/// one partition; null runs it across partitions.
/// </summary>
public sealed record DocumentQuery
{
    public const int MaxPageSize = 1000;

    public string? PartitionKey { get; init; }

    public IReadOnlyList<QueryFilter> Filters { get; init; } = [];

    public SortOrder? OrderBy { get; init; }

    public int PageSize { get; init; } = 100;

    public string? ContinuationToken { get; init; }

    public static DocumentQuery InPartition(string partitionKey) => new() { PartitionKey = partitionKey };

    public static DocumentQuery AcrossPartitions() => new();

    public DocumentQuery Where(QueryFilter filter) => this with { Filters = [.. Filters, filter] };

    public DocumentQuery Sorted(SortOrder order) => this with { OrderBy = order };

    public DocumentQuery Take(int pageSize) => this with { PageSize = pageSize };

    public DocumentQuery After(string? continuationToken) => this with { ContinuationToken = continuationToken };
}
