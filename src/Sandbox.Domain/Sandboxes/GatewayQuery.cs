using System.Text.Json.Serialization;

namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// A request to the data gateway: either plain <see cref="Select"/>ed fields (a row query) or <see cref="Aggregates"/>
/// grouped by <see cref="GroupBy"/> (an aggregate query), with AND-ed <see cref="Filters"/>.
/// </summary>
public sealed record GatewayQuery
{
    public string Dataset { get; init; } = "";

    /// <summary>One of the licence's declared purposes, word for word.</summary>
    public string? Purpose { get; init; }

    public IReadOnlyList<string> Select { get; init; } = [];

    public IReadOnlyList<GatewayAggregate> Aggregates { get; init; } = [];

    public IReadOnlyList<GatewayFilter> Filters { get; init; } = [];

    public IReadOnlyList<string> GroupBy { get; init; } = [];

    public IReadOnlyList<GatewayOrder> OrderBy { get; init; } = [];

    public int? Limit { get; init; }

    /// <summary>Whether this computes aggregates rather than returning rows.</summary>
    [JsonIgnore]
    public bool IsAggregate => Aggregates is { Count: > 0 };

    /// <summary>The result's column names: the selected fields, or the group-by fields then each aggregate's column.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Columns =>
        IsAggregate ? [.. GroupBy ?? [], .. Aggregates.Select(a => a?.Column ?? "")] : [.. Select ?? []];
}
