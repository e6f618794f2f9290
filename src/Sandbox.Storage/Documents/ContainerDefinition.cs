using System.Text.RegularExpressions;

namespace Sandbox.Storage.Documents;

/// <summary>
/// Declares a container: its name, the JSON path of the partition key, the fields that
/// queries may filter and sort on, and the default time to live of its documents.
/// </summary>
public sealed partial record ContainerDefinition
{
    public ContainerDefinition(
        string name,
        string partitionKeyPath,
        IReadOnlyList<string>? queryableFields = null,
        TimeSpan? defaultTimeToLive = null)
    {
        if (!ContainerNamePattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"Container name '{name}' must start with a letter and contain only letters, digits and '-' (at most 63 characters).",
                nameof(name));
        }

        if (defaultTimeToLive is { } ttl && ttl < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(defaultTimeToLive), "A default time to live must be at least one second.");
        }

        Name = name;
        PartitionKey = FieldPath.Parse(partitionKeyPath.TrimStart('/').Replace('/', '.'));
        QueryableFields = (queryableFields ?? []).Select(FieldPath.Parse).Distinct().ToArray();
        DefaultTimeToLive = defaultTimeToLive;
    }

    public string Name { get; }

    /// <summary>The partition key as a field path; documents must carry a non-empty string there.</summary>
    public FieldPath PartitionKey { get; }

    /// <summary>Cosmos-style path of the partition key, e.g. <c>/tenantId</c>.</summary>
    public string PartitionKeyPath => "/" + PartitionKey.Value.Replace('.', '/');

    public IReadOnlyList<FieldPath> QueryableFields { get; }

    public TimeSpan? DefaultTimeToLive { get; }

    /// <summary>
    /// Multi-field indexes for queries that filter on some fields and sort on another (the providers use one index
    /// per query, so a filter plus a sort is fast only when one index covers both), in index order.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<FieldPath>> CompositeIndexes { get; private init; } = [];

    /// <summary>Adds a multi-field index over queryable fields, e.g. <c>("tier", "slaDueAt")</c> for "tier = x ORDER BY slaDueAt".</summary>
    public ContainerDefinition WithCompositeIndex(params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var paths = fields.Select(FieldPath.Parse).ToArray();
        if (paths.Length < 2 || paths.Distinct().Count() != paths.Length)
        {
            throw new ArgumentException("A composite index names at least two different fields.", nameof(fields));
        }

        if (paths.FirstOrDefault(f => !IsQueryable(f)) is { } unknown)
        {
            throw new ArgumentException($"'{unknown.Value}' is not a queryable field of {Name}; declare it first.", nameof(fields));
        }

        return this with { CompositeIndexes = [.. CompositeIndexes, paths] };
    }

    public bool IsQueryable(FieldPath field) =>
        field == FieldPath.Id || field == PartitionKey || QueryableFields.Contains(field);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,62}$")]
    private static partial Regex ContainerNamePattern();
}
