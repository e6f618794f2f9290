using System.Globalization;
using System.Text.Json.Nodes;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Activities;

/// <summary>Mirrors the lifecycle state on the licence document (what the data gateway checks); a no-op when already there.</summary>
public sealed class SetLicenceStatusActivity(LicenceRegistry licences, TimeProvider time) : IWorkflowActivity
{
    public string Name => "set-licence-status";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) =>
        Enum.TryParse<LicenceStatus>(parameters?["status"]?.GetValue<string>(), out _) ? [] : ["'status' must be a licence status"];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = Enum.Parse<LicenceStatus>(context.Parameter("status"));
        var cause = context.Cause;
        var reason = cause?.Reason ?? cause?.Trigger switch
        {
            "activate" => "Start date reached",
            "expire" => "End date reached",
            "supersede" => "Superseded by the full licence",
            "revoke-provisional" => "The full review ended without a licence",
            var trigger => trigger ?? "Status change",
        };
        await licences.ChangeAsync(
            context.Data[CaseData.LicenceId]!.GetValue<string>(),
            l => l.Status == status || LicenceLifecycle.IsFinal(l.Status),
            l => l.WithStatus(status, time.GetUtcNow(), cause?.ActorId ?? "system", cause?.ActorName ?? "Sandbox", reason),
            cancellationToken);
        return ActivityOutcome.Done;
    }
}

/// <summary>Applies a granted extension: the new end date and one extension counted, once.</summary>
public sealed class ExtendLicenceActivity(LicenceRegistry licences) : IWorkflowActivity
{
    public string Name => "extend-licence";

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var validTo = DateTimeOffset.Parse(context.Data[CaseData.ValidTo]!.GetValue<string>(), CultureInfo.InvariantCulture);
        await licences.ChangeAsync(
            context.Data[CaseData.LicenceId]!.GetValue<string>(),
            l => l.ValidTo == validTo,
            l => l with { ValidTo = validTo, ExtensionCount = l.ExtensionCount + 1 },
            cancellationToken);
        return ActivityOutcome.Done;
    }
}
