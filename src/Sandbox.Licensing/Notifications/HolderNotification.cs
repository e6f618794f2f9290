namespace Sandbox.Licensing.Notifications;

/// <summary>A message to an applicant or licence holder organization, shown in its inbox.</summary>
public sealed record HolderNotification(string Id, string OrganizationId, DateTimeOffset At, string Subject, string Message, string? ApplicationId, string? LicenceId);
