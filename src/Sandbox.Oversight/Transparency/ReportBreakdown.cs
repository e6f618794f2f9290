namespace Sandbox.Oversight.Transparency;

/// <summary>
/// Counts by one attribute. <see cref="Additive"/> cells add up to the section's total (each item counted once), so
/// suppression must also hide a second cell; in the others an item may count in several cells (several categories).
/// </summary>
public sealed record ReportBreakdown(bool Additive, IReadOnlyList<ReportCell> Cells)
{
    public int? ValueOf(string key) => Cells.FirstOrDefault(c => c.Key == key)?.Count.Value;
}
