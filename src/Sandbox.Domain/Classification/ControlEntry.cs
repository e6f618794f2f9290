namespace Sandbox.Domain.Classification;

/// <summary>One harmonized classification: what a technology is and how much military and security impact it has.</summary>
/// <param name="Code">Our harmonized code, such as <c>SBX-INT-SYS</c>; see <see cref="ControlCodeFormat.IsHarmonizedCode"/>.</param>
/// <param name="ReviewBy">When the entry must be reviewed again (sunset or periodic reclassification).</param>
/// <param name="Notes">Legal basis or caveats, such as <c>EU 2021/821 Art. 5 catch-all</c>.</param>
public sealed record ControlEntry(
    string Code,
    string Title,
    string Description,
    ImpactRating ImpactRating,
    CrossReferences CrossReferences,
    DateOnly? ReviewBy = null,
    string? Notes = null)
{
    public const int MaxTitleLength = 120;
    public const int MaxDescriptionLength = 2000;
    public const int MaxNotesLength = 500;
}
