using System.ComponentModel.DataAnnotations;

namespace Sandbox.Identity.Audit;

/// <summary>Settings of section <c>Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// Chains (partitions) per UTC day. More shards spread concurrent appends; each subject stays on one shard.
    /// Changing it only affects chains not yet started; existing chains verify as before.
    /// </summary>
    [Range(1, 64)]
    public int Shards { get; set; } = 4;
}
