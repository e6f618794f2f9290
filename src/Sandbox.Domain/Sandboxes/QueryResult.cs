namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// The answer to a query: rows aligned with <paramref name="Columns"/>, how many groups fell below the minimum cell size,
/// whether the limit cut more rows off, and how many dataset rows were read.
/// </summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, int SuppressedGroups, bool Truncated, int RowsScanned);
