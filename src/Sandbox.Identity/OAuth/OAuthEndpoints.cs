using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sandbox.Identity.OAuth;

public static class OAuthEndpoints
{
    /// <summary>The passthrough endpoints; discovery, JWKS, revocation and introspection are answered by OpenIddict itself.</summary>
    public static IEndpointRouteBuilder MapOAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var connect = endpoints.MapGroup("/connect");
        connect.ExcludeFromDescription();
        connect.DisableAntiforgery();
        connect.MapMethods("/authorize", ["GET", "POST"], AuthorizeEndpoint.HandleAsync);
        connect.MapPost("/token", TokenEndpoint.HandleAsync);
        connect.MapMethods("/userinfo", ["GET", "POST"], SessionEndpoints.UserInfoAsync);
        connect.MapMethods("/endsession", ["GET", "POST"], SessionEndpoints.EndSessionAsync);
        return endpoints;
    }
}
