using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Sandbox.Identity.Users;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.OAuth;

/// <summary><c>/connect/userinfo</c> and <c>/connect/endsession</c>.</summary>
public static class SessionEndpoints
{
    /// <summary>The claims the token's scopes allow, read fresh from the account.</summary>
    public static async Task<IResult> UserInfoAsync(HttpContext context, UserManager<SandboxUser> users)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var user = token?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (token is null || user is null)
        {
            return OAuthResults.Challenge(Errors.InvalidToken, "The token does not belong to an account.");
        }

        var info = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = user.Id };
        if (token.HasScope(Scopes.Profile))
        {
            info[Claims.Name] = user.DisplayName;
            info[Claims.PreferredUsername] = user.UserName;
        }

        if (token.HasScope(Scopes.Email))
        {
            info[Claims.Email] = user.Email;
            info[Claims.EmailVerified] = user.EmailConfirmed;
        }

        if (token.HasScope(Scopes.Roles))
        {
            info[Claims.Role] = user.Roles.ToArray();
        }

        return Results.Ok(info);
    }

    /// <summary>Ends the user's session here, then lets OpenIddict redirect to the client's registered address.</summary>
    public static async Task<IResult> EndSessionAsync(SignInManager<SandboxUser> signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        await signIn.SignOutAsync();
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
