using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;
using Sandbox.Domain.Access;
using Sandbox.Identity.OAuth;

namespace Sandbox.Identity.Access;

/// <summary>
/// The JSON API accepts the UI's cookie and bearer tokens from this server alike. A bearer token
/// must carry the endpoint's scope; a cookie is the user in person and needs no scope.
/// </summary>
public static class ApiAccess
{
    /// <summary>Bearer token when the request has one, else the Identity cookie.</summary>
    public const string Scheme = "sandbox.api";

    public const string ApiPolicy = "api";
    public const string AdminApiPolicy = "api.admin";

    /// <summary>Administration that needs a person signed in to the app (an administrator with a second factor), never a token.</summary>
    public const string AdministratorInPersonPolicy = "api.admin.person";

    /// <summary>The audit log: auditors and administrators in person, or a token with <c>sandbox.admin</c> held by an administrator (never a client for itself).</summary>
    public const string AuditApiPolicy = "api.audit";

    /// <summary>The allied exchange: a token with <c>allies.exchange</c> (an allied authority's client, or an administrator), or an administrator in person.</summary>
    public const string AlliedExchangePolicy = "api.allies.exchange";

    public static AuthenticationBuilder AddSandboxApiScheme(this AuthenticationBuilder authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        authentication.Services.AddSingleton<IAuthorizationHandler, ApiScopeHandler>();
        return authentication.AddPolicyScheme(Scheme, "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
            context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                : IdentityConstants.ApplicationScheme);
    }

    public static void AddSandboxApiPolicies(this AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().AddRequirements(new ApiScopeRequirement(OAuthScopes.Api, AdministratorsOnly: false)));
        options.AddPolicy(AdminApiPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().AddRequirements(new ApiScopeRequirement(OAuthScopes.Admin, AdministratorsOnly: true)));
        options.AddPolicy(AdministratorInPersonPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser()
            .AddRequirements(new ApiScopeRequirement(OAuthScopes.Admin, AdministratorsOnly: true, PeopleOnly: true)));
        options.AddPolicy(AlliedExchangePolicy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser()
            .AddRequirements(new ApiScopeRequirement(OAuthScopes.AlliedExchange, AdministratorsOnly: true)));
        options.AddPolicy(AuditApiPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireAssertion(context => IsCookieUser(context.User)
            ? context.User.IsInRole(SandboxRoles.Auditor) || IsAdministratorInPerson(context.User)
            : context.User.HasScope(OAuthScopes.Admin) && IsAdministratorInPerson(context.User)));
    }

    public static bool IsCookieUser(ClaimsPrincipal principal) =>
        principal.Identities.Any(i => i.AuthenticationType == IdentityConstants.ApplicationScheme);

    internal static bool IsAdministratorInPerson(ClaimsPrincipal principal) =>
        (principal.IsInRole(SandboxRoles.Administrator) || principal.HasClaim(SandboxClaimTypes.Role, SandboxRoles.Administrator))
        && principal.HasClaim(SandboxClaimTypes.AuthenticationMethod, "mfa");
}

/// <summary>
/// The scope a bearer token needs; <paramref name="AdministratorsOnly"/> also demands an administrator
/// (with a second factor) or — unless <paramref name="PeopleOnly"/> — a client acting for itself.
/// </summary>
public sealed record ApiScopeRequirement(string Scope, bool AdministratorsOnly, bool PeopleOnly = false) : IAuthorizationRequirement;

internal sealed class ApiScopeHandler : AuthorizationHandler<ApiScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiScopeRequirement requirement)
    {
        var user = context.User;
        // Decisions reserved to people are taken in the app itself, never through a token a client holds.
        var allowed = ApiAccess.IsCookieUser(user)
            ? !requirement.AdministratorsOnly || ApiAccess.IsAdministratorInPerson(user)
            : !requirement.PeopleOnly &&
              user.HasScope(requirement.Scope) && (!requirement.AdministratorsOnly || ApiAccess.IsAdministratorInPerson(user)
                || user.HasClaim(OAuthPrincipals.ClientTokenClaim, "true"));
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
