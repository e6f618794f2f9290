using System.Text.Json.Nodes;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Oversight.Misuse.Activities;

/// <summary>Mirrors the workflow onto the report: its status, what triage decided, and whether a clock ran out.</summary>
public sealed class RecordMisuseStateActivity(MisuseReportUpdates updates) : IWorkflowActivity
{
    public string Name => "record-misuse-state";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) =>
        Enum.TryParse<MisuseStatus>(parameters?["status"]?.GetValue<string>(), out var status) && status != MisuseStatus.Closed
            ? []
            : ["'status' must be Triage, Investigation or AwaitingHolder"];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = Enum.Parse<MisuseStatus>(context.Parameter("status"));
        var escalated = context.Parameters["escalated"]?.GetValue<bool>() == true;
        var data = context.Data;
        var triagedAt = context.Cause is { Trigger: "triage" } cause ? cause.At : (DateTimeOffset?)null;
        await updates.UpdateAsync(data[MisuseData.ReportId]!.GetValue<string>(), report => report with
        {
            Status = status,
            Escalated = report.Escalated || escalated,
            Severity = Enum.TryParse<MisuseSeverity>(data[MisuseData.Severity]?.GetValue<string>(), out var severity) ? severity : report.Severity,
            LicenceId = data[MisuseData.LicenceId]?.GetValue<string>() ?? report.LicenceId,
            LicenceReference = data[MisuseData.LicenceReference]?.GetValue<string>() ?? report.LicenceReference,
            HolderOrganizationId = data[MisuseData.HolderOrganizationId]?.GetValue<string>() ?? report.HolderOrganizationId,
            TriagedAt = report.TriagedAt ?? triagedAt,
        }, cancellationToken);
        return ActivityOutcome.Done;
    }
}
