using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using Sandbox.Identity.Access;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Web.Api;

public static class MeApi
{
    /// <summary><c>GET /api/me</c>: who is calling — a person (cookie or user token) or a client acting for itself.</summary>
    public static IEndpointConventionBuilder MapMeApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me", GetMe)
            .RequireAuthorization(ApiAccess.ApiPolicy)
            .WithName("GetMe")
            .WithTags("Accounts")
            .WithSummary("The caller: subject, name, roles, organization, and the token's scopes when a bearer token was used.");

    private static Ok<Caller> GetMe(ClaimsPrincipal user) => TypedResults.Ok(new Caller(
        user.FindFirstValue(Claims.Subject) ?? string.Empty,
        user.FindFirstValue(SandboxClaimTypes.Name) ?? user.FindFirstValue(Claims.Name) ?? string.Empty,
        [.. user.FindAll(SandboxClaimTypes.Role).Select(c => c.Value).Distinct()],
        user.FindFirstValue(SandboxClaimTypes.OrganizationId),
        ApiAccess.IsCookieUser(user) ? "cookie" : "bearer",
        ApiAccess.IsCookieUser(user) ? [] : [.. user.GetScopes()]));

    public sealed record Caller(string Subject, string Name, IReadOnlyList<string> Roles, string? OrganizationId, string AuthenticatedBy, IReadOnlyList<string> Scopes);
}
