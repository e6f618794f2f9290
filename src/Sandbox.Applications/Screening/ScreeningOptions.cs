using System.ComponentModel.DataAnnotations;

namespace Sandbox.Applications.Screening;

/// <summary>Settings of section <c>Screening</c>.</summary>
public sealed class ScreeningOptions
{
    public const string Section = "Screening";

    /// <summary>How often a node asks the store whether a list changed on another node.</summary>
    [Range(1, 3600)]
    public int RecheckIntervalSeconds { get; set; } = 5;

    /// <summary>Hits returned per screened name, best first.</summary>
    [Range(1, 100)]
    public int MaxHits { get; set; } = 10;

    /// <summary>Entry writes an import keeps in flight at once.</summary>
    [Range(1, 64)]
    public int ImportParallelism { get; set; } = 4;

    /// <summary>How long an import's lock lasts without renewal; a crashed import's lock is taken over after it.</summary>
    [Range(1, 1440)]
    public int ImportLockMinutes { get; set; } = 15;

    /// <summary>
    /// An import that would remove more than this share of a list's stored entries is refused unless the caller
    /// allows mass removal: a truncated download must not delist most of the list.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MaxRemovedShare { get; set; } = 0.25;

    /// <summary>Largest list file accepted, in bytes.</summary>
    [Range(1, int.MaxValue)]
    public int MaxFileBytes { get; set; } = 64 * 1024 * 1024;
}
