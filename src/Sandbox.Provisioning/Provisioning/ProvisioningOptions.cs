using System.ComponentModel.DataAnnotations;

namespace Sandbox.Provisioning.Provisioning;

public sealed class ProvisioningOptions
{
    public const string Section = "Provisioning";

    /// <summary>Rows per stored chunk of a dataset.</summary>
    [Range(50, 5000)]
    public int ChunkSize { get; set; } = 500;

    /// <summary>Days data is kept after a licence ends when its conditions name no retention period.</summary>
    [Range(0, 3650)]
    public int DefaultRetentionDays { get; set; } = 30;

    /// <summary>Where a named researcher's notebook or CLI receives the authorization code (loopback, RFC 8252).</summary>
    [MinLength(1)]
    public string[] NotebookRedirectUris { get; set; } = ["http://127.0.0.1:8765/callback"];

    /// <summary>How often the purge worker looks for environments past their retention.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Rows of provisioned datasets each node keeps in memory for the gateway (least recently used go first).</summary>
    [Range(1000, 100_000_000)]
    public long RowCacheRows { get; set; } = 2_000_000;

    /// <summary>How many times an approved export can be downloaded.</summary>
    [Range(1, 20)]
    public int ExportDownloads { get; set; } = 3;
}
