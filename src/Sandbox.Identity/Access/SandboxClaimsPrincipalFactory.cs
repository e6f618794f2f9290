using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sandbox.Identity.Organizations;
using Sandbox.Identity.Users;

namespace Sandbox.Identity.Access;

/// <summary>Adds the user's roles and organization (id, type, country, verifications) to the principal.</summary>
public sealed class SandboxClaimsPrincipalFactory(
    UserManager<SandboxUser> users,
    IOptions<IdentityOptions> options,
    OrganizationDirectory organizations) : UserClaimsPrincipalFactory<SandboxUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SandboxUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(SandboxClaimTypes.Name, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName));
        foreach (var role in user.Roles)
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role));
        }

        if (await organizations.GetAsync(user.OrganizationId) is { Value: var organization })
        {
            identity.AddClaim(new Claim(SandboxClaimTypes.OrganizationId, organization.Id));
            identity.AddClaim(new Claim(SandboxClaimTypes.OrganizationType, organization.Type.ToString()));
            identity.AddClaim(new Claim(SandboxClaimTypes.OrganizationCountry, organization.Country));
            identity.AddClaim(new Claim(SandboxClaimTypes.OrganizationVerifiedHumanitarian, organization.IsVerifiedHumanitarian.ToString(CultureInfo.InvariantCulture).ToLowerInvariant()));
            identity.AddClaim(new Claim(SandboxClaimTypes.OrganizationVerifiedPartner, organization.IsVerifiedPartner.ToString(CultureInfo.InvariantCulture).ToLowerInvariant()));
        }

        return identity;
    }
}
