using System.Text.Json.Nodes;
using Sandbox.Applications.Intake;
using Sandbox.Licensing.Cases;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Activities;

/// <summary>Re-assesses the licensed application under the rules in force now; the new tier decides whether it may be extended.</summary>
public sealed class ReassessExtensionActivity(CaseFiles files, CaseSubmission submission) : IWorkflowActivity
{
    public string Name => "reassess-extension";

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var application = await files.ApplicationAsync(context.Data[CaseData.ApplicationId]!.GetValue<string>(), cancellationToken)
            ?? throw new InvalidOperationException("The licensed application no longer exists.");
        var (assessment, screening) = await submission.AssessUnderCurrentRulesAsync(application, cancellationToken);
        return new ActivityOutcome(new JsonObject
        {
            [CaseData.Tier] = (int)assessment.Tier,
            [CaseData.ExtensionAssessment] = new JsonObject
            {
                ["tier"] = (int)assessment.Tier,
                ["score"] = assessment.Score,
                ["rulesVersion"] = assessment.RulesVersion,
                ["reason"] = assessment.TierReason,
                ["screening"] = screening.ToString(),
            },
        });
    }
}
