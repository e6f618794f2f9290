using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Sandbox.Identity.Audit;
using Sandbox.Identity.Users;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.OAuth;

/// <summary>
/// <c>/connect/token</c>. OpenIddict has already authenticated the client, checked its grant and
/// scope permissions, PKCE, and the code or refresh token; this decides what the token says.
/// </summary>
public static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        UserManager<SandboxUser> users,
        IUserClaimsPrincipalFactory<SandboxUser> claims,
        IOpenIddictApplicationManager applications,
        IOpenIddictAuthorizationManager authorizations,
        AuditLog audit,
        [FromServices] IEnumerable<ITokenGrantPolicy> policies,
        IOptions<OAuthServerOptions> options,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        System.Security.Claims.ClaimsPrincipal principal;
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("The client application is unknown.");
            principal = OAuthPrincipals.ForClient(request.ClientId!, await applications.GetDisplayNameAsync(application), request.GetScopes());
        }
        else if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal!;
            var user = await users.FindByIdAsync(granted.GetClaim(Claims.Subject)!);
            if (user is null || await users.IsLockedOutAsync(user) || granted.GetClaim(OAuthPrincipals.SecurityStampClaim) != user.SecurityStamp)
            {
                // A changed account ends the grant for good: every token issued under it goes too.
                if (user is null || granted.GetClaim(OAuthPrincipals.SecurityStampClaim) != user.SecurityStamp)
                {
                    await RevokeAuthorizationAsync(authorizations, granted.GetAuthorizationId());
                }

                await RecordAsync(audit, request, granted.GetClaim(Claims.Subject) ?? AuditLog.Anonymous, AuditOutcome.Refused);
                return OAuthResults.Forbid(Errors.InvalidGrant, "The account changed or is locked: sign in again.");
            }

            // Fresh claims (roles and organization may have changed), the scopes granted before.
            // A refresh may narrow the scopes (OpenIddict has checked they were granted), never widen them.
            var scopes = request.IsRefreshTokenGrantType() && !request.GetScopes().IsEmpty ? request.GetScopes() : granted.GetScopes();
            principal = await OAuthPrincipals.ForUserAsync(user, claims, scopes, granted.HasClaim(Claims.AuthenticationMethodReference, "mfa"));
            principal.SetAuthorizationId(granted.GetAuthorizationId());
        }
        else
        {
            throw new InvalidOperationException("The grant type is not supported.");
        }

        var refusal = await TokenGrantPolicies.ApplyAsync(policies, principal, request.ClientId!, !request.IsClientCredentialsGrantType(),
            TimeSpan.FromMinutes(options.Value.AccessTokenLifetimeMinutes), time.GetUtcNow(), context.RequestAborted);
        if (refusal is not null)
        {
            await RecordAsync(audit, request, principal.GetClaim(Claims.Subject)!, AuditOutcome.Refused);
            return OAuthResults.Forbid(Errors.AccessDenied, refusal);
        }

        await RecordAsync(audit, request, principal.GetClaim(Claims.Subject)!, AuditOutcome.Succeeded);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task RevokeAuthorizationAsync(IOpenIddictAuthorizationManager authorizations, string? authorizationId)
    {
        if (authorizationId is not null && await authorizations.FindByIdAsync(authorizationId) is { } authorization)
        {
            await authorizations.TryRevokeAsync(authorization);
        }
    }

    private static Task<AuditEvent> RecordAsync(AuditLog audit, OpenIddictRequest request, string subject, AuditOutcome outcome) =>
        audit.AppendAsync(AuditEventTypes.TokenIssued, request.ClientId ?? AuditLog.Anonymous, subject, outcome, new Dictionary<string, string>
        {
            ["grantType"] = request.GrantType ?? "unknown",
            ["scopes"] = string.Join(' ', request.GetScopes()),
        });
}
