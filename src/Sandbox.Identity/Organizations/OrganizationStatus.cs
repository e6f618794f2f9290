namespace Sandbox.Identity.Organizations;

/// <summary>The statuses an administrator can verify an organization for.</summary>
public enum OrganizationStatus
{
    VerifiedHumanitarian,
    VerifiedPartner,
}
