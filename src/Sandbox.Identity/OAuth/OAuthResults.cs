using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Server.AspNetCore;

namespace Sandbox.Identity.OAuth;

/// <summary>OAuth error answers, rendered by OpenIddict in the form the endpoint's protocol expects.</summary>
internal static class OAuthResults
{
    public static IResult Forbid(string error, string description) =>
        Results.Forbid(Properties(error, description), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    public static IResult Challenge(string error, string description) =>
        Results.Challenge(Properties(error, description), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static AuthenticationProperties Properties(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}
