using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Sandbox.Identity.Users;

namespace Sandbox.Web.Components.Account;

/// <summary>Account actions that are plain form posts, not pages (antiforgery is validated by the middleware).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/Account").ExcludeFromDescription();
        account.MapPost("/Logout", async ([FromServices] SignInManager<SandboxUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~" + IdentityRedirectManager.LocalOrHome(returnUrl));
        });
        return endpoints;
    }
}
