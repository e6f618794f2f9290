namespace Sandbox.Provisioning.Airlock;

/// <summary>A regulator reviewing exports (the API has checked the role and second factor).</summary>
public sealed record ExportReviewer(string UserId, string Name, string? OrganizationId);
