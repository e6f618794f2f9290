using System.Text.Json.Nodes;
using Sandbox.Licensing.Notifications;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Oversight.Misuse.Activities;

/// <summary>Tells the holder a report concerns its licence, or that a regulator asks it to respond; sent once per activity key.</summary>
public sealed class NotifyMisuseHolderActivity(HolderNotifications notifications, TimeProvider time) : IWorkflowActivity
{
    private static readonly Dictionary<string, (string Subject, string Body)> Messages = new(StringComparer.Ordinal)
    {
        ["opened"] = ("Misuse report about your licence", "A report of suspected misuse ({0}) concerning licence {1} is under investigation. You may respond at any time on the report's page."),
        ["response-requested"] = ("Response requested on a misuse report", "A regulator asks you to respond within 14 days to report {0} about licence {1}: {2}"),
    };

    public string Name => "notify-misuse-holder";

    public IReadOnlyList<string> CheckParameters(JsonObject? parameters) =>
        parameters?["message"]?.GetValue<string>() is { } message && Messages.ContainsKey(message) ? [] : [$"'message' must be one of {string.Join(", ", Messages.Keys)}"];

    public async Task<ActivityOutcome> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.Data;
        if (data[MisuseData.HolderOrganizationId]?.GetValue<string>() is not { } holder)
        {
            return ActivityOutcome.Done;
        }

        var (subject, body) = Messages[context.Parameter("message")];
        var reference = data[MisuseData.Reference]!.GetValue<string>();
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, body,
            reference, data[MisuseData.LicenceReference]?.GetValue<string>(), context.Cause?.Reason ?? "");
        await notifications.SendOnceAsync(new HolderNotification(context.Key, holder, time.GetUtcNow(), subject, text, null, data[MisuseData.LicenceId]?.GetValue<string>()), cancellationToken);
        return ActivityOutcome.Done;
    }
}
