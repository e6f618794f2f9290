namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// A synthetic dataset a sandbox is provisioned with: its columns and the seed that, with the row number, fixes every value
/// (see <see cref="SyntheticDataGenerator"/>).
/// </summary>
public sealed record DatasetRecipe
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public required int Seed { get; init; }

    public required int RowCount { get; init; }

    public required IReadOnlyList<DatasetField> Fields { get; init; }

    /// <summary>The position of the field named <paramref name="field"/> (ordinal), or -1.</summary>
    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i].Name, field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The field named <paramref name="field"/> (ordinal), or null.</summary>
    public DatasetField? Field(string field) => IndexOf(field) is >= 0 and var index ? Fields[index] : null;
}
