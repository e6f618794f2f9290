using System.Text.Json.Nodes;
using Sandbox.Licensing.Cases;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Activities;

/// <summary>Hands the case to another case workflow (the standard review); the new instance's id comes from the case, so a retry finds it.</summary>
public sealed class StartWorkflowActivity(IServiceProvider services) : IWorkflowActivity
{
    public string Name => "start-workflow";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) =>
        CaseDefinitions.Cases.Contains(parameters?["definition"]?.GetValue<string>()) ? [] : [$"'definition' must be one of {string.Join(", ", CaseDefinitions.Cases)}"];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = context.Parameter("definition");
        var data = new JsonObject { ["handedOverFrom"] = context.Instance.Id };
        if (context.Data[CaseData.ProvisionalLicenceId] is { } provisional)
        {
            data[CaseData.ProvisionalLicenceId] = provisional.DeepClone();
        }

        await Engine.Of(services).StartAsync(new StartWorkflow(
            definition, CaseDefinitions.CaseInstanceId(definition, context.Instance.Subject.Id), context.Instance.Subject, data, WorkflowActor.System, context.Instance.Id), cancellationToken);
        return ActivityOutcome.Done;
    }
}

/// <summary>When the full review ends without a licence, a provisional licence still running is revoked.</summary>
public sealed class SettleProvisionalActivity(IServiceProvider services) : IWorkflowActivity
{
    public string Name => "settle-provisional";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) =>
        parameters?["outcome"]?.GetValue<string>() == "revoke" ? [] : ["'outcome' must be 'revoke'"];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Data[CaseData.ProvisionalLicenceId]?.GetValue<string>() is { } licenceId)
        {
            await IssueLicenceActivity.FireQuietlyAsync(Engine.Of(services), CaseDefinitions.LifecycleInstanceId(licenceId), "revoke-provisional", cancellationToken);
        }

        return ActivityOutcome.Done;
    }
}
