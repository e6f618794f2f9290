namespace Sandbox.Identity.Access;

/// <summary>Claims that carry a user's organization into the UI, the API and access tokens.</summary>
public static class SandboxClaimTypes
{
    public const string Role = "role";
    public const string Name = "name";
    public const string OrganizationId = "org_id";
    public const string OrganizationType = "org_type";
    public const string OrganizationCountry = "org_country";
    public const string OrganizationVerifiedHumanitarian = "org_verified_humanitarian";
    public const string OrganizationVerifiedPartner = "org_verified_partner";

    /// <summary>Authentication methods (RFC 8176): <c>mfa</c> once the second factor was given.</summary>
    public const string AuthenticationMethod = "amr";
}
