namespace Sandbox.Oversight.Transparency;

/// <summary>Applications first submitted in the period.</summary>
/// <param name="ByCategory">By harmonized classification category of the technology items (an application with two categories counts in both).</param>
/// <param name="ByTier">By risk tier of the latest assessment; adds up to <paramref name="Submitted"/>.</param>
/// <param name="ByRegion">By region of the destination parties (end users, consignees, ultimate end users); an application may count in several.</param>
public sealed record ApplicationFigures(ReportCount Submitted, ReportBreakdown ByCategory, ReportBreakdown ByTier, ReportBreakdown ByRegion);
