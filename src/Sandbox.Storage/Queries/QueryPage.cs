using Sandbox.Storage.Documents;

namespace Sandbox.Storage.Queries;

/// <summary>One page of results; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record QueryPage(IReadOnlyList<StoredDocument> Documents, string? ContinuationToken);
