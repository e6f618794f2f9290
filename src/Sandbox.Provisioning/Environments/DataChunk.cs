using System.Text.Json;

namespace Sandbox.Provisioning.Environments;

/// <summary>
/// Rows <c>[FromRow, FromRow + Rows.Count)</c> of one dataset. The id is fixed by dataset and chunk number, so
/// writing a chunk again replaces it: a resumed provisioning never leaves a row twice.
/// </summary>
public sealed record DataChunk(string Id, string SandboxId, string Dataset, int Chunk, int FromRow, IReadOnlyList<JsonElement[]> Rows)
{
    public static string IdOf(string dataset, int chunk) => $"{dataset}:{chunk:D6}";
}
