using System.Globalization;
using Sandbox.Domain.Licensing;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>
/// What the seeder wrote, event by event, as it decided it (not read back from the store): the figures any period
/// must show are counted from these, in <see cref="ExpectedFor"/>, with the keys <see cref="ReportFigures"/> uses.
/// </summary>
internal sealed class SeededFacts
{
    public List<SubmissionFact> Submissions { get; } = [];

    public List<DecisionFact> Decisions { get; } = [];

    public List<TimingFact> Timings { get; } = [];

    public List<LicenceActionFact> LicenceActions { get; } = [];

    /// <summary>Per sandbox, the intervals it was ready (serving data) in; an open one has no end.</summary>
    public List<List<ReadyInterval>> SandboxReadiness { get; } = [];

    public List<ExportFact> Exports { get; } = [];

    public List<MisuseFact> Misuse { get; } = [];

    public Dictionary<string, int> ExpectedFor(DateTimeOffset from, DateTimeOffset through)
    {
        bool In(DateTimeOffset at) => at >= from && at < through;
        var figures = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string key) => figures[key] = figures.GetValueOrDefault(key) + 1;

        foreach (var submission in Submissions.Where(s => In(s.At)))
        {
            Count("applications");
            Count("applications/tier/" + submission.Tier.ToString(CultureInfo.InvariantCulture));
            foreach (var code in submission.Codes)
            {
                Count("applications/category/" + code);
            }

            foreach (var region in submission.Regions)
            {
                Count("applications/region/" + region);
            }
        }

        foreach (var decision in Decisions.Where(d => In(d.At)))
        {
            Count(decision.Kind);
            foreach (var code in decision.RefusalCodes)
            {
                Count("refusals/reason/" + code);
            }
        }

        foreach (var timing in Timings.Where(t => In(t.At)))
        {
            Count("decided/" + timing.Path);
            figures.TryAdd("within/" + timing.Path, 0);
            if (timing.WithinSla)
            {
                Count("within/" + timing.Path);
            }
        }

        foreach (var action in LicenceActions.Where(a => In(a.At)))
        {
            Count(action.Status == LicenceStatus.Suspended ? "suspensions" : "revocations");
        }

        figures["active-sandboxes"] = SandboxReadiness.Count(intervals => intervals.Exists(i => i.From < through && (i.To is null || i.To > from)));

        foreach (var export in Exports.Where(e => In(e.SubmittedAt)))
        {
            Count("exports");
            Count("exports/" + export.Outcome);
        }

        foreach (var report in Misuse.Where(m => In(m.ReceivedAt)))
        {
            Count("misuse");
            Count("misuse/severity/" + report.Severity);
            Count("misuse/response/" + report.Response);
        }

        return figures;
    }
}

/// <param name="Regions">The destination regions of the latest version's end users, consignees and ultimate end users.</param>
internal sealed record SubmissionFact(DateTimeOffset At, int Tier, IReadOnlyList<string> Codes, IReadOnlyCollection<string> Regions);

/// <param name="Kind"><c>approvals</c>, <c>provisional</c>, <c>refusals</c> or <c>no-licence</c>.</param>
internal sealed record DecisionFact(DateTimeOffset At, string Kind, IReadOnlyList<string> RefusalCodes);

/// <summary>A case's first decision on a path (or its referral to the standard review), within its SLA clock or not.</summary>
internal sealed record TimingFact(DateTimeOffset At, string Path, bool WithinSla);

internal sealed record LicenceActionFact(DateTimeOffset At, LicenceStatus Status);

internal sealed record ReadyInterval(DateTimeOffset From, DateTimeOffset? To);

/// <param name="Outcome"><c>approved</c>, <c>rejected</c>, <c>cancelled</c> or <c>pending</c>.</param>
internal sealed record ExportFact(DateTimeOffset SubmittedAt, string Outcome);

internal sealed record MisuseFact(DateTimeOffset ReceivedAt, string Severity, string Response);
