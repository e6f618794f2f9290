using System.Text.Json;
using System.Text.Json.Nodes;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Audit;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Licensing.Notifications;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Oversight.Misuse.Activities;

/// <summary>
/// Carries out the report's response and closes it. Suspension and revocation fire the licence's lifecycle as the
/// regulator who took the step (recorded on it), under the lifecycle's guards, so its withdrawal disables the sandbox's
/// clients and revokes every token; a licence already in that state is left alone. A warning is sent to the holder;
/// added conditions tighten the licence and its sandbox (the stricter of old and added, so applying them twice changes
/// nothing).
/// </summary>
public sealed class ApplyMisuseResponseActivity(
    MisuseReportUpdates updates, LicenceConditionsTightener tightener, LicenceRegistry licences, HolderNotifications notifications, AuditLog audit,
    IServiceProvider services, TimeProvider time) : IWorkflowActivity
{
    public const string ClosedEvent = "misuse.closed";

    public string Name => "apply-misuse-response";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) =>
        Enum.TryParse<MisuseResponse>(parameters?["response"]?.GetValue<string>(), out _) ? [] : [$"'response' must be one of {string.Join(", ", Enum.GetNames<MisuseResponse>())}"];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = Enum.Parse<MisuseResponse>(context.Parameter("response"));
        var data = context.Data;
        var reference = data[MisuseData.Reference]!.GetValue<string>();
        var licenceId = data[MisuseData.LicenceId]?.GetValue<string>();
        if (response is MisuseResponse.Suspension or MisuseResponse.Revocation && licenceId is not null)
        {
            await ActOnLicenceAsync(context, licenceId, response == MisuseResponse.Suspension ? "suspend" : "revoke", reference, cancellationToken);
        }

        if (response == MisuseResponse.AddedConditions && licenceId is not null && data[MisuseData.AddedConditions] is JsonObject added)
        {
            var conditions = added.Deserialize<LicenceConditions>(Storage.Documents.StorageJson.Options)!;
            await tightener.TightenAsync(licenceId, conditions, context.Cause?.ActorId ?? "system", reference, cancellationToken);
        }

        if (response is MisuseResponse.Warning or MisuseResponse.AddedConditions or MisuseResponse.NoAction
            && data[MisuseData.HolderOrganizationId]?.GetValue<string>() is { } holder)
        {
            var subject = response switch
            {
                MisuseResponse.Warning => "Warning about licence " + data[MisuseData.LicenceReference],
                MisuseResponse.AddedConditions => "Conditions added to licence " + data[MisuseData.LicenceReference],
                _ => "Misuse report closed without action",
            };
            await notifications.SendOnceAsync(new HolderNotification(context.Key, holder, time.GetUtcNow(), subject,
                $"Report {reference}: {context.Cause?.Reason}", null, licenceId), cancellationToken);
        }

        var closedAt = context.Cause?.At ?? time.GetUtcNow();
        await updates.UpdateAsync(data[MisuseData.ReportId]!.GetValue<string>(),
            report => report with { Status = MisuseStatus.Closed, Response = response, ClosedAt = report.ClosedAt ?? closedAt }, cancellationToken);
        await audit.AppendAsync(ClosedEvent, context.Cause?.ActorId ?? "system", reference, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["response"] = response.ToString(), ["licence"] = data[MisuseData.LicenceReference]?.GetValue<string>() ?? "" }, cancellationToken);
        return ActivityOutcome.Done;
    }

    private async Task ActOnLicenceAsync(ActivityContext context, string licenceId, string trigger, string reference, CancellationToken cancellationToken)
    {
        var licence = (await licences.GetAsync(licenceId, cancellationToken))?.Value;
        if (licence is null || licence.Status is LicenceStatus.Revoked or LicenceStatus.Expired or LicenceStatus.Surrendered or LicenceStatus.Superseded
            || (trigger == "suspend" && licence.Status == LicenceStatus.Suspended))
        {
            return;
        }

        var person = MisuseActingRegulator.Read(context.Data) ?? throw new InvalidOperationException($"The {trigger} step of {reference} does not record who took it.");
        var engine = services.GetRequiredService<WorkflowEngine>();
        await engine.FireAsync(CaseDefinitions.LifecycleInstanceId(licenceId),
            new FireCommand(trigger, person, $"Misuse report {reference}: {context.Cause?.Reason}"), cancellationToken);
    }
}
