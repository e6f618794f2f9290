using System.Globalization;
using System.Text.Json.Nodes;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Notifications;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Activities;

/// <summary>A message to the applicant or holder organization; its id is the activity key, so it is sent once.</summary>
public sealed class NotifyActivity(HolderNotifications notifications, TimeProvider time) : IWorkflowActivity
{
    private static readonly Dictionary<string, (string Subject, string Body)> Messages = new(StringComparer.Ordinal)
    {
        ["approved"] = ("Application approved", "Your application {0} was approved; the licence follows."),
        ["provisional"] = ("Provisional licence issued", "A provisional licence (at most 90 days, stricter conditions) was issued for {0}; the full review continues."),
        ["refused"] = ("Application refused", "Your application {0} was refused. You may appeal once within 30 days."),
        ["refused-final"] = ("Refusal final", "The refusal of {0} is final."),
        ["no-licence-required"] = ("No licence required", "The regulator found that {0} needs no licence."),
        ["issued"] = ("Licence issued", "Licence {1} was issued; it is valid from {2} to {3}."),
        ["expires-in-14-days"] = ("Licence expires in 14 days", "Licence {1} expires on {3}. Request an extension now if you need one."),
        ["expires-tomorrow"] = ("Licence expires tomorrow", "Licence {1} expires on {3}."),
        ["expired"] = ("Licence expired", "Licence {1} expired on {3}; access to its sandbox has ended."),
        ["suspended"] = ("Licence suspended", "Licence {1} is suspended with immediate effect: {4}"),
        ["revoked"] = ("Licence revoked", "Licence {1} is revoked: {4}"),
        ["extended"] = ("Extension granted", "Licence {1} is extended to {3}."),
        ["extension-refused"] = ("Extension refused", "The extension of licence {1} was refused: {4}"),
        ["exit-report-ready"] = ("Exit report to complete", "The exit report of licence {1} is assembled from the pilot's records. Complete its narrative and submit it to the regulator."),
    };

    public string Name => "notify";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters)
    {
        var problems = new List<string>();
        if (parameters?["audience"]?.GetValue<string>() is not ("applicant" or "holder"))
        {
            problems.Add("'audience' must be applicant or holder");
        }

        if (parameters?["message"]?.GetValue<string>() is not { } message || !Messages.ContainsKey(message))
        {
            problems.Add($"'message' must be one of {string.Join(", ", Messages.Keys)}");
        }

        return problems;
    }

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var organization = context.Instance.Subject.OrganizationId;
        if (organization is null)
        {
            return ActivityOutcome.Done;
        }

        var (subject, body) = Messages[context.Parameter("message")];
        var data = context.Data;
        var text = string.Format(CultureInfo.InvariantCulture, body,
            data[CaseData.ApplicationReference]?.GetValue<string>() ?? context.Instance.Subject.Reference,
            data[CaseData.LicenceReference]?.GetValue<string>() ?? context.Instance.Subject.Reference,
            Day(data[CaseData.ValidFrom]), Day(data[CaseData.ValidTo]),
            context.Cause?.Reason ?? "");
        await notifications.SendOnceAsync(new HolderNotification(
            context.Key, organization, time.GetUtcNow(), subject, text,
            data[CaseData.ApplicationId]?.GetValue<string>() ?? (context.Instance.Subject.Kind == "case" ? context.Instance.Subject.Id : null),
            data[CaseData.LicenceId]?.GetValue<string>()), cancellationToken);
        return ActivityOutcome.Done;
    }

    private static string Day(JsonNode? value) =>
        value?.GetValue<string>() is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : "?";
}
