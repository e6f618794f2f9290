using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Licensing.Notifications;

/// <summary>Messages to applicants and holders: expiry reminders, decisions, suspensions. One per activity key.</summary>
public sealed class HolderNotifications(DocumentSet<HolderNotification> notifications)
{
    public async Task<IReadOnlyList<HolderNotification>> ForAsync(string organizationId, CancellationToken cancellationToken = default) =>
        (await notifications.QueryAsync(DocumentQuery.InPartition(organizationId).Sorted(SortOrder.DescendingBy("at")).Take(100), cancellationToken))
            .Items.Select(n => n.Value).ToList();

    public async Task SendOnceAsync(HolderNotification notification, CancellationToken cancellationToken)
    {
        try
        {
            await notifications.CreateAsync(notification, cancellationToken: cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Sent by an earlier attempt of the same activity.
        }
    }
}
