using System.Text.Json.Nodes;
using Sandbox.Licensing.Cases;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Oversight.ExitReports.Activities;

/// <summary>
/// On the end of a licence (lifecycle v3): assembles its exit report from the pilot's records, so the holder finds
/// the draft waiting. Running again after a crash finds the report the first run created.
/// </summary>
public sealed class AssembleExitReportActivity(ExitReportService reports) : IWorkflowActivity
{
    public string Name => "assemble-exit-report";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) => [];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await reports.AssembleAtEndAsync(context.Data[CaseData.LicenceId]!.GetValue<string>(), cancellationToken);
        return ActivityOutcome.Done;
    }
}
