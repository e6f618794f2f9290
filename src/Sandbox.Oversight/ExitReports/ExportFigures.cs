namespace Sandbox.Oversight.ExitReports;

/// <summary>A sandbox's export requests by where they ended, and the downloads of approved ones.</summary>
public sealed record ExportFigures(int Requested, int Submitted, int Approved, int Rejected, int Cancelled, int Pending, int Downloads)
{
    public static ExportFigures None { get; } = new(0, 0, 0, 0, 0, 0, 0);
}
