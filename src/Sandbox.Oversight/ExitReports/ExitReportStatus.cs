namespace Sandbox.Oversight.ExitReports;

/// <summary>Where an exit report is: the holder writes a draft, submits it, and a regulator accepts it or returns it with a reason.</summary>
public enum ExitReportStatus
{
    Draft,
    Submitted,
    Returned,
    Accepted,
}
