using System.Globalization;
using System.Text;

namespace Sandbox.Oversight.Transparency;

/// <summary>
/// A report as CSV (RFC 4180, UTF-8): one figure a line, <c>section,figure,key,label,value</c>, where value is what the
/// report shows (a number, "fewer than 5", "not shown", or empty when there is nothing to state).
/// </summary>
public static class TransparencyCsv
{
    public const string Header = "section,figure,key,label,value";

    public static string Write(TransparencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        void Line(string section, string figure, string key, string label, string value) =>
            csv.AppendJoin(',', new[] { section, figure, key, label, value }.Select(Escape)).Append("\r\n");
        void Count(string section, string figure, string label, ReportCount count) => Line(section, figure, "", label, count.Display);
        void Cells(string section, string figure, ReportBreakdown breakdown)
        {
            foreach (var cell in breakdown.Cells)
            {
                Line(section, figure, cell.Key, cell.Label, cell.Count.Display);
            }
        }

        var p = report.Period;
        Line("period", "id", p.Id, p.Label, p.Complete ? "complete" : "partial");
        Line("period", "days", Day(p.FirstDay), Day(p.LastDay), p.Through.ToString("O", CultureInfo.InvariantCulture));
        Line("report", "minimum-count", "", "Counts below this are suppressed", Number(report.MinimumCount));
        Count("applications", "submitted", "Applications submitted", report.Applications.Submitted);
        Cells("applications", "by-category", report.Applications.ByCategory);
        Cells("applications", "by-tier", report.Applications.ByTier);
        Cells("applications", "by-region", report.Applications.ByRegion);
        var d = report.Decisions;
        Count("decisions", "approvals", "Approvals", d.Approvals);
        Count("decisions", "provisional-approvals", "Provisional approvals", d.ProvisionalApprovals);
        Count("decisions", "refusals", "Refusals", d.Refusals);
        Count("decisions", "no-licence-required", "No licence required", d.NoLicenceRequired);
        Cells("decisions", "refusals-by-reason", d.RefusalsByReason);
        Count("decisions", "suspensions", "Suspensions", d.Suspensions);
        Count("decisions", "revocations", "Revocations", d.Revocations);
        foreach (var t in report.DecisionTimes)
        {
            Line("decision-times", "decided", t.Path, t.Label, t.Decided.Display);
            Line("decision-times", "median-days", t.Path, t.Label, Number(t.MedianDays));
            Line("decision-times", "p90-days", t.Path, t.Label, Number(t.P90Days));
            Line("decision-times", "sla-budget", t.Path, t.Label, t.SlaBudget);
            Line("decision-times", "within-sla", t.Path, t.Label, t.WithinSla.Display);
            Line("decision-times", "within-sla-share", t.Path, t.Label, Number(t.WithinSlaShare));
        }

        var a = report.Activity;
        Count("sandboxes", "active", "Active sandboxes", a.ActiveSandboxes);
        Count("exports", "submitted", "Export requests submitted", a.ExportsSubmitted);
        Cells("exports", "by-outcome", a.ExportsByOutcome);
        Count("misuse", "received", "Misuse reports received", a.MisuseReceived);
        Cells("misuse", "by-severity", a.MisuseBySeverity);
        Cells("misuse", "by-response", a.MisuseByResponse);
        return csv.ToString();
    }

    private static string Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Quotes fields with separators, and defuses a leading formula character for spreadsheets.</summary>
    private static string Escape(string value)
    {
        var text = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) && !double.TryParse(value, CultureInfo.InvariantCulture, out _) ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
