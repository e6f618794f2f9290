using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Sandbox.Identity.Users;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.OAuth;

/// <summary>
/// <c>/connect/authorize</c> (authorization code + PKCE): signs the user in if needed, asks for
/// consent on the consent page unless a permanent authorization already covers the scopes, then issues.
/// </summary>
public static class AuthorizeEndpoint
{
    public const string ConsentPagePath = "/Account/Consent";
    public const string ConsentField = "consent";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        UserManager<SandboxUser> users,
        IUserClaimsPrincipalFactory<SandboxUser> claims,
        IOpenIddictApplicationManager applications,
        IOpenIddictAuthorizationManager authorizations,
        IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var signedIn = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = signedIn.Succeeded && !request.HasPromptValue(PromptValues.Login) ? await users.GetUserAsync(signedIn.Principal) : null;
        if (user is null)
        {
            return request.HasPromptValue(PromptValues.None)
                ? OAuthResults.Forbid(Errors.LoginRequired, "The user is not signed in.")
                : Results.Challenge(new AuthenticationProperties { RedirectUri = CurrentRequestUri(context) }, [IdentityConstants.ApplicationScheme]);
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("The client application is unknown.");
        var applicationId = await applications.GetIdAsync(application);
        var scopes = request.GetScopes();
        var existing = await authorizations.FindAsync(user.Id, applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes).ToListAsync();
        var decision = context.Request.HasFormContentType ? (string?)(await context.Request.ReadFormAsync())[ConsentField] : null;
        if (decision is not null && !await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Problem("The consent form expired or did not come from this site; open the application's request again.", statusCode: StatusCodes.Status400BadRequest);
        }

        var consentType = await applications.GetConsentTypeAsync(application);
        if (decision == "deny")
        {
            return OAuthResults.Forbid(Errors.AccessDenied, "The user declined to give the application access.");
        }

        var mayIssue = decision == "accept" || consentType == ConsentTypes.Implicit
            || (existing.Count > 0 && consentType != ConsentTypes.Systematic && !request.HasPromptValue(PromptValues.Consent));
        if (!mayIssue)
        {
            return consentType == ConsentTypes.External || request.HasPromptValue(PromptValues.None)
                ? OAuthResults.Forbid(Errors.ConsentRequired, "The user has not consented to this application.")
                : Results.Redirect(ConsentPagePath + RequestParameters(context));
        }

        var usedSecondFactor = signedIn.Principal!.HasClaim("amr", "mfa");
        var principal = await OAuthPrincipals.ForUserAsync(user, claims, scopes, usedSecondFactor);
        var authorization = existing.LastOrDefault()
            ?? await authorizations.CreateAsync(principal, user.Id, applicationId!, AuthorizationTypes.Permanent, principal.GetScopes());
        principal.SetAuthorizationId(await authorizations.GetIdAsync(authorization));
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Where to come back after sign-in: this same request, with a POST's form fields as the query.</summary>
    private static string CurrentRequestUri(HttpContext context) => context.Request.PathBase + context.Request.Path + RequestParameters(context);

    /// <summary>
    /// The authorization request's own parameters, whether it came as a query or as a form, without
    /// <c>prompt</c>: once the user has signed in or consented, asking again would loop forever.
    /// </summary>
    private static QueryString RequestParameters(HttpContext context)
    {
        IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> source = context.Request.HasFormContentType ? context.Request.Form : context.Request.Query;
        return QueryString.Create(source
            .Where(p => p.Key is not (ConsentField or "__RequestVerificationToken" or Parameters.Prompt))
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString())));
    }
}
