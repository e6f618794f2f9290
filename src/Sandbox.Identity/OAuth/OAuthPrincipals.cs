using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using Microsoft.IdentityModel.Tokens;
using Sandbox.Identity.Access;
using Sandbox.Identity.Users;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.OAuth;

/// <summary>Builds the principals that tokens are issued for, and decides which token each claim goes into.</summary>
public static class OAuthPrincipals
{
    private static readonly string[] OrganizationClaims =
    [
        SandboxClaimTypes.OrganizationId, SandboxClaimTypes.OrganizationType, SandboxClaimTypes.OrganizationCountry,
        SandboxClaimTypes.OrganizationVerifiedHumanitarian, SandboxClaimTypes.OrganizationVerifiedPartner,
    ];

    /// <summary>A user's principal from the claims factory, reshaped for OpenIddict, with the scopes granted.</summary>
    public static async Task<ClaimsPrincipal> ForUserAsync(
        SandboxUser user, IUserClaimsPrincipalFactory<SandboxUser> factory, IEnumerable<string> scopes, bool usedSecondFactor)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var source = await factory.CreateAsync(user);
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Name, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaims(Claims.Role, [.. user.Roles]);
        foreach (var type in OrganizationClaims)
        {
            if (source.FindFirst(type) is { } claim)
            {
                identity.SetClaim(type, claim.Value);
            }
        }

        if (usedSecondFactor)
        {
            identity.SetClaim(Claims.AuthenticationMethodReference, "mfa");
        }

        // Kept in codes and refresh tokens only (no destination): a changed stamp ends them.
        identity.SetClaim(SecurityStampClaim, user.SecurityStamp);
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetDestinations(DestinationsOf);
        return principal;
    }

    /// <summary>A client acting for itself (client credentials): its client id is the subject.</summary>
    public static ClaimsPrincipal ForClient(string clientId, string? displayName, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId).SetClaim(Claims.Name, displayName ?? clientId).SetClaim(ClientTokenClaim, "true");
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetDestinations(DestinationsOf);
        return principal;
    }

    /// <summary>Marks tokens a client obtained for itself, as opposed to tokens issued for a user.</summary>
    public const string ClientTokenClaim = "client_token";

    public const string SecurityStampClaim = "sandbox_stamp";

    internal static IEnumerable<string> DestinationsOf(Claim claim)
    {
        if (claim.Type == SecurityStampClaim)
        {
            return [];
        }

        var identityClaim = claim.Type switch
        {
            Claims.Name or Claims.PreferredUsername => claim.Subject?.HasScope(Scopes.Profile) == true,
            Claims.Email => claim.Subject?.HasScope(Scopes.Email) == true,
            Claims.Role => claim.Subject?.HasScope(Scopes.Roles) == true,
            Claims.AuthenticationMethodReference => true,
            _ => false,
        };
        return identityClaim ? [Destinations.AccessToken, Destinations.IdentityToken] : [Destinations.AccessToken];
    }
}
