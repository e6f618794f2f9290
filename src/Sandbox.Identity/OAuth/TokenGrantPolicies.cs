using System.Security.Claims;
using OpenIddict.Abstractions;
using Sandbox.Identity.Access;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.OAuth;

/// <summary>Asks every <see cref="ITokenGrantPolicy"/> and applies their answers to the principal about to be signed in.</summary>
internal static class TokenGrantPolicies
{
    /// <returns>The refusal to answer with, or null when the token may be issued (its lifetime and claims then set).</returns>
    public static async Task<string?> ApplyAsync(
        IEnumerable<ITokenGrantPolicy> policies, ClaimsPrincipal principal, string clientId, bool forUser, TimeSpan defaultLifetime, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var request = new TokenGrantRequest(
            clientId,
            forUser ? principal.GetClaim(Claims.Subject) : null,
            principal.GetClaim(SandboxClaimTypes.OrganizationId),
            principal.GetClaim(SandboxClaimTypes.OrganizationCountry),
            [.. principal.GetScopes()]);
        DateTimeOffset? notAfter = null;
        foreach (var policy in policies)
        {
            var grant = await policy.DecideAsync(request, cancellationToken);
            if (!grant.Allowed)
            {
                return grant.Refusal ?? "The token cannot be issued.";
            }

            if (grant.NotAfter is { } end && (notAfter is null || end < notAfter))
            {
                notAfter = end;
            }

            foreach (var (type, value) in grant.Claims)
            {
                principal.SetClaim(type, value);
            }
        }

        if (notAfter is { } limit)
        {
            var left = limit - now;
            if (left <= TimeSpan.Zero)
            {
                return "The grant behind this token has ended.";
            }

            if (left < defaultLifetime)
            {
                principal.SetAccessTokenLifetime(left);
            }
        }

        // Claims added by policies reach the access token only.
        principal.SetDestinations(OAuthPrincipals.DestinationsOf);
        return null;
    }
}
