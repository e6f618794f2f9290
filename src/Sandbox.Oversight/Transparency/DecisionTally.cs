using System.Text.Json;
using System.Text.Json.Nodes;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Storage.Documents;
using Sandbox.Workflows.Instances;

namespace Sandbox.Oversight.Transparency;

/// <summary>What one pass over the case instances found: decisions by kind and the decision times by path.</summary>
internal sealed class DecisionTally(IEnumerable<(string Key, string Label)> criteria)
{
    private static readonly HashSet<string> DecidedStates = new(StringComparer.Ordinal) { "approved", "refused", "closed-no-licence", "provisional-issue" };

    public int Approvals { get; private set; }

    public int ProvisionalApprovals { get; private set; }

    public int Refusals { get; private set; }

    public int NoLicenceRequired { get; private set; }

    public Tally RefusalReasons { get; } = new(criteria);

    public Dictionary<string, List<double>> Days { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> WithinSla { get; } = new(StringComparer.Ordinal);

    public void Add(DecisionPath path, WorkflowInstance instance, ReportPeriod period, IReadOnlyDictionary<string, string> criterionTitles)
    {
        foreach (var entry in instance.History.Where(h => h.From != h.To && period.Contains(h.At)))
        {
            switch (entry.To)
            {
                case "approved":
                    Approvals++;
                    break;
                case "provisional-issue":
                    ProvisionalApprovals++;
                    break;
                case "closed-no-licence":
                    NoLicenceRequired++;
                    break;
                case "refused":
                    Refusals++;
                    foreach (var code in RefusalCodes(entry.Data))
                    {
                        RefusalReasons.Add(code, criterionTitles.GetValueOrDefault(code, code));
                    }

                    break;
            }
        }

        // A case is timed once, at its first decision; referring a fast-path case to the standard review decides that path.
        var decision = instance.History.FirstOrDefault(h => h.From != h.To && (DecidedStates.Contains(h.To) || h.Trigger == "refer-to-standard"));
        if (decision is null || !period.Contains(decision.At))
        {
            return;
        }

        var days = Days.TryGetValue(path.Path, out var list) ? list : Days[path.Path] = [];
        days.Add((decision.At - instance.CreatedAt).TotalDays);
        if (instance.Clocks.GetValueOrDefault(path.Clock) is { } clock && ElapsedAt(clock, decision.At) <= clock.Budget)
        {
            WithinSla[path.Path] = WithinSla.GetValueOrDefault(path.Path) + 1;
        }
    }

    /// <summary>The clock's running time at the decision; it stops when the deciding state is left.</summary>
    private static TimeSpan ElapsedAt(SlaClock clock, DateTimeOffset at) =>
        clock.RunningSince is { } since && since <= at ? clock.Elapsed + (at - since) : clock.Elapsed;

    private static List<string> RefusalCodes(JsonObject? data) =>
        data?[CaseData.Decision]?.Deserialize<LicenceDecision>(StorageJson.Options) is { RefusalCodes.Count: > 0 } decision
            ? decision.RefusalCodes.Distinct(StringComparer.Ordinal).ToList()
            : ["unspecified"];
}
