using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using Sandbox.Licensing.Cases;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Provisioning.Activities;

/// <summary>
/// On suspension (<c>final: false</c>) or the end of the licence (<c>final: true</c>): disables the sandbox's
/// clients, which revokes every token and authorization at once; a final withdrawal starts the retention period.
/// </summary>
public sealed class WithdrawSandboxAccessActivity(IServiceScopeFactory scopes) : IWorkflowActivity
{
    public string Name => "withdraw-sandbox-access";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) =>
        parameters?["final"] is JsonValue value && value.TryGetValue<bool>(out _) ? [] : ["'final' must be true or false"];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var final = context.Parameters["final"]!.GetValue<bool>();
        var reason = context.Cause?.Reason ?? context.Cause?.Trigger ?? "licence ended";
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SandboxProvisioner>().WithdrawAccessAsync(context.Data[CaseData.LicenceId]!.GetValue<string>(), final, reason, cancellationToken);
        return ActivityOutcome.Done;
    }
}
