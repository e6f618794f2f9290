using Sandbox.Domain.Sandboxes;

namespace Sandbox.Provisioning.Environments;

/// <summary>A dataset of the environment: its recipe (schema, generator, seed) and how far its generation got.</summary>
public sealed record SandboxDataset
{
    public required DatasetRecipe Recipe { get; init; }

    public required int ChunkSize { get; init; }

    public int ChunkCount => (Recipe.RowCount + ChunkSize - 1) / ChunkSize;

    /// <summary>True once every chunk is stored; until then queries are refused.</summary>
    public bool Complete { get; init; }
}
