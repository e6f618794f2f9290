using System.Security.Claims;
using Sandbox.Applications.Access;
using Sandbox.Domain.Access;
using Sandbox.Identity.Access;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Web.Api;

/// <summary>Turns the signed-in principal into the actor the application services check.</summary>
public static class CaseActors
{
    /// <summary>Privileged roles count only when the sign-in used a second factor, as in the UI's policies.</summary>
    public static CaseActor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var mfa = user.HasClaim(SandboxClaimTypes.AuthenticationMethod, "mfa");
        var roles = user.FindAll(SandboxClaimTypes.Role).Concat(user.FindAll(ClaimTypes.Role)).Select(c => c.Value)
            .Where(r => SandboxRoles.IsKnown(r) && (mfa || !SandboxRoles.RequiringTwoFactor.Contains(r)))
            .ToHashSet(StringComparer.Ordinal);
        var subject = user.FindFirstValue(Claims.Subject) ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        return new CaseActor(subject, user.FindFirstValue(SandboxClaimTypes.OrganizationId), roles);
    }

    public static string DisplayName(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(SandboxClaimTypes.Name) ?? user.FindFirstValue(Claims.Name) ?? user.Identity?.Name ?? "unknown";
    }
}
