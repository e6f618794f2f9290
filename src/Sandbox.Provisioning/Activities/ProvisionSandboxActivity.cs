using Microsoft.Extensions.DependencyInjection;
using Sandbox.Licensing.Cases;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Provisioning.Activities;

/// <summary>On entering <c>active</c>: provisions the licence's sandbox, or reopens it with new credentials after a suspension.</summary>
public sealed class ProvisionSandboxActivity(IServiceScopeFactory scopes) : IWorkflowActivity
{
    public string Name => "provision-sandbox";

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SandboxProvisioner>().ProvisionAsync(context.Data[CaseData.LicenceId]!.GetValue<string>(), cancellationToken);
        return ActivityOutcome.Done;
    }
}
