using System.ComponentModel.DataAnnotations;

namespace Sandbox.Oversight.Transparency;

/// <summary>Settings of the published transparency reports (<c>Transparency</c> section).</summary>
public sealed class TransparencyOptions
{
    public const string Section = "Transparency";

    /// <summary>Published counts from 1 to this less one are shown as "fewer than N".</summary>
    [Range(2, 100)]
    public int MinimumCount { get; set; } = 5;
}
