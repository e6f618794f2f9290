namespace Sandbox.Oversight.ExitReports;

public static class ExitReportAuditEvents
{
    /// <summary>Every step of an exit report; the detail <c>step</c> names it.</summary>
    public const string ExitReport = "oversight.exit-report";
}
