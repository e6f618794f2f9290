using Sandbox.Workflows.Runtime;

namespace Sandbox.Oversight.Misuse.Activities;

/// <summary>Keeps the holder's answer on the report, once however often the activity runs.</summary>
public sealed class RecordHolderStatementActivity(MisuseReportUpdates updates) : IWorkflowActivity
{
    public string Name => "record-holder-statement";

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Cause is not { Reason: { } text } cause)
        {
            return ActivityOutcome.Done;
        }

        var statement = new HolderStatement(cause.At, cause.ActorId, text);
        await updates.UpdateAsync(context.Data[MisuseData.ReportId]!.GetValue<string>(), report =>
            report.HolderStatements.Contains(statement) ? report : report with { HolderStatements = [.. report.HolderStatements, statement] }, cancellationToken);
        return ActivityOutcome.Done;
    }
}
