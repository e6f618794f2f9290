using Sandbox.Storage.Documents;

namespace Sandbox.Storage.Queries;

/// <summary>
/// Sort on one declared field. Documents without a value in that field are left out of a
/// sorted query, on every provider.
/// </summary>
public sealed record SortOrder(FieldPath Field, bool Descending = false)
{
    public static SortOrder Ascending(string field) => new(FieldPath.Parse(field));

    public static SortOrder DescendingBy(string field) => new(FieldPath.Parse(field), Descending: true);
}
