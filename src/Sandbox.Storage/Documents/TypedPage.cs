namespace Sandbox.Storage.Documents;

/// <summary>One page of typed results; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record TypedPage<T>(IReadOnlyList<Versioned<T>> Items, string? ContinuationToken);
