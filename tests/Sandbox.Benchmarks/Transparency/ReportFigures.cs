using Sandbox.Oversight.Transparency;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>An exact report's counts under the keys <see cref="SeededFacts.ExpectedFor"/> uses.</summary>
internal static class ReportFigures
{
    public static Dictionary<string, int> Of(TransparencyReport report)
    {
        var figures = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string key, ReportCount count) =>
            figures[key] = count.Value ?? throw new InvalidOperationException($"'{key}' is suppressed; only exact reports can be checked.");
        void AddCells(string prefix, ReportBreakdown breakdown)
        {
            foreach (var cell in breakdown.Cells)
            {
                Add(prefix + cell.Key, cell.Count);
            }
        }

        var applications = report.Applications;
        Add("applications", applications.Submitted);
        AddCells("applications/tier/", applications.ByTier);
        AddCells("applications/category/", applications.ByCategory);
        AddCells("applications/region/", applications.ByRegion);

        var decisions = report.Decisions;
        Add("approvals", decisions.Approvals);
        Add("provisional", decisions.ProvisionalApprovals);
        Add("refusals", decisions.Refusals);
        Add("no-licence", decisions.NoLicenceRequired);
        AddCells("refusals/reason/", decisions.RefusalsByReason);
        Add("suspensions", decisions.Suspensions);
        Add("revocations", decisions.Revocations);
        foreach (var timing in report.DecisionTimes)
        {
            Add("decided/" + timing.Path, timing.Decided);
            Add("within/" + timing.Path, timing.WithinSla);
        }

        var activity = report.Activity;
        Add("active-sandboxes", activity.ActiveSandboxes);
        Add("exports", activity.ExportsSubmitted);
        AddCells("exports/", activity.ExportsByOutcome);
        Add("misuse", activity.MisuseReceived);
        AddCells("misuse/severity/", activity.MisuseBySeverity);
        AddCells("misuse/response/", activity.MisuseByResponse);
        return figures;
    }
}
