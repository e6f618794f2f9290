using System.Text.Json;
using System.Text.Json.Nodes;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Notifications;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Oversight.Misuse.Activities;

/// <summary>
/// Closes the report with its response. Suspension and revocation were carried out on the licence's lifecycle by the
/// regulator's own step (<see cref="MisuseActions"/>), under its guards; here the outcome is recorded. A warning is
/// sent to the holder; added conditions tighten the licence and its sandbox (the stricter of old and added, so applying
/// them twice changes nothing).
/// </summary>
public sealed class ApplyMisuseResponseActivity(
    MisuseReportUpdates updates, LicenceConditionsTightener tightener, HolderNotifications notifications, AuditLog audit, TimeProvider time) : IWorkflowActivity
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
}
