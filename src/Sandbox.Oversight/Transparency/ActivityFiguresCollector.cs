using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;

namespace Sandbox.Oversight.Transparency;

/// <summary>Sandboxes ready at some time in the period, export requests submitted in it and misuse reports received in it.</summary>
public sealed class ActivityFiguresCollector(
    DocumentSet<SandboxEnvironment> sandboxes, DocumentSet<ExportRequest> exports, DocumentSet<MisuseReport> misuse)
{
    private static readonly HashSet<string> Opens = new(StringComparer.Ordinal) { "ready", "reopen" };
    private static readonly HashSet<string> Closes = new(StringComparer.Ordinal) { "suspend", "close", "purge" };

    public static IReadOnlyList<(string Key, string Label)> ExportOutcomes { get; } =
        [("approved", "Approved"), ("rejected", "Rejected"), ("cancelled", "Withdrawn by the requester"), ("pending", "Awaiting review")];

    public static IReadOnlyList<(string Key, string Label)> Severities { get; } =
        [("low", "Low"), ("medium", "Medium"), ("high", "High"), ("critical", "Critical"), ("untriaged", "Not yet triaged")];

    public static IReadOnlyList<(string Key, string Label)> Responses { get; } =
    [
        ("dismissed", "Dismissed"), ("no-action", "No action needed"), ("warning", "Warning"), ("added-conditions", "Conditions added"),
        ("suspension", "Suspension"), ("revocation", "Revocation"), ("open", "Still open"),
    ];

    public async Task<ActivityFigures> CollectAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var active = await ActiveSandboxesAsync(period, cancellationToken);
        var (submitted, outcomes) = await ExportsAsync(period, cancellationToken);
        var (received, severities, responses) = await MisuseAsync(period, cancellationToken);
        return new ActivityFigures(ReportCount.Exact(active), ReportCount.Exact(submitted), outcomes, ReportCount.Exact(received), severities, responses);
    }

    private async Task<int> ActiveSandboxesAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var active = 0;
        var query = DocumentQuery.AcrossPartitions().Where(QueryFilter.LessThan("createdAt", period.Through)).Take(200);
        await foreach (var sandbox in sandboxes.QueryAllAsync(query, cancellationToken))
        {
            active += WasReadyDuring(sandbox.Value.History, period) ? 1 : 0;
        }

        return active;
    }

    /// <summary>Ready from each <c>ready</c> or <c>reopen</c> step until the next suspension, closure or purge.</summary>
    internal static bool WasReadyDuring(IReadOnlyList<SandboxOperation> history, ReportPeriod period)
    {
        DateTimeOffset? readySince = null;
        foreach (var step in history.Where(s => s.Outcome == "succeeded").OrderBy(s => s.At))
        {
            if (Opens.Contains(step.Step))
            {
                readySince ??= step.At;
            }
            else if (Closes.Contains(step.Step) && readySince is { } since)
            {
                if (period.Overlaps(since, step.At))
                {
                    return true;
                }

                readySince = null;
            }
        }

        return readySince is { } open && period.Overlaps(open, null);
    }

    private async Task<(int, ReportBreakdown)> ExportsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var outcomes = new Tally(ExportOutcomes);
        var submitted = 0;
        var query = period.Within("submittedAt", 100);
        await foreach (var export in exports.QueryAllAsync(query, cancellationToken))
        {
            submitted++;
            var key = export.Value.Status switch
            {
                ExportStatus.Approved => "approved",
                ExportStatus.Rejected => "rejected",
                ExportStatus.Cancelled => "cancelled",
                _ => "pending",
            };
            outcomes.Add(key, key);
        }

        return (submitted, outcomes.ToBreakdown(additive: true));
    }

    private async Task<(int, ReportBreakdown, ReportBreakdown)> MisuseAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var severities = new Tally(Severities);
        var responses = new Tally(Responses);
        var received = 0;
        var query = period.Within("receivedAt", 200);
        await foreach (var report in misuse.QueryAllAsync(query, cancellationToken))
        {
            received++;
            severities.Add(report.Value.Severity is { } severity ? Kebab(severity.ToString()) : "untriaged", "");
            responses.Add(report.Value.Response is { } response ? Kebab(response.ToString()) : "open", "");
        }

        return (received, severities.ToBreakdown(additive: true), responses.ToBreakdown(additive: true));
    }

    private static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
