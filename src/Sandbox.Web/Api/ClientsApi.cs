using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Sandbox.Identity.Access;
using Sandbox.Identity.Clients;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/admin/clients</c>: register and disable OAuth clients, see and revoke their tokens. For
/// administrators (with a second factor) and for clients granted <c>sandbox.admin</c>.
/// </summary>
public static class ClientsApi
{
    public static RouteGroupBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/clients").RequireAuthorization(ApiAccess.AdminApiPolicy).WithTags("Administration");
        api.MapPost("/", RegisterAsync).WithName("RegisterClient").WithSummary("Registers a client; the answer holds its secret, shown this once.");
        api.MapGet("/", ListAsync).WithName("ListClients");
        api.MapGet("/{clientId}", GetAsync).WithName("GetClient");
        api.MapPost("/{clientId}/disable", DisableAsync).WithName("DisableClient").WithSummary("Removes every permission and revokes the client's tokens at once.");
        api.MapGet("/{clientId}/tokens", TokensAsync).WithName("ListClientTokens");
        api.MapPost("/tokens/{tokenId}/revoke", RevokeAsync).WithName("RevokeToken");
        return api;
    }

    private static async Task<Results<Created<RegisteredClient>, ValidationProblem>> RegisterAsync(
        ClientRegistration registration, ClientRegistry clients, ClaimsPrincipal caller, HttpContext context, CancellationToken cancellationToken)
    {
        try
        {
            var registered = await clients.RegisterAsync(registration, Actor(caller), cancellationToken);
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.Created($"/api/admin/clients/{registered.ClientId}", registered);
        }
        catch (ClientRegistrationException ex)
        {
            return TypedResults.ValidationProblem(ex.Problems.ToDictionary(), title: "The client registration is not valid.");
        }
    }

    private static async Task<Ok<IReadOnlyList<ClientSummary>>> ListAsync(ClientRegistry clients, CancellationToken cancellationToken) =>
        TypedResults.Ok(await clients.ListAsync(cancellationToken));

    private static async Task<Results<Ok<ClientSummary>, ProblemHttpResult>> GetAsync(string clientId, ClientRegistry clients, CancellationToken cancellationToken) =>
        await clients.GetAsync(clientId, cancellationToken) is { } client ? TypedResults.Ok(client) : UnknownClient(clientId);

    private static async Task<Results<NoContent, ProblemHttpResult>> DisableAsync(string clientId, ClientRegistry clients, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        await clients.DisableAsync(clientId, Actor(caller), cancellationToken) ? TypedResults.NoContent() : UnknownClient(clientId);

    private static async Task<Results<Ok<IReadOnlyList<TokenSummary>>, ProblemHttpResult>> TokensAsync(string clientId, ClientRegistry clients, CancellationToken cancellationToken) =>
        await clients.TokensAsync(clientId, cancellationToken) is { } tokens ? TypedResults.Ok(tokens) : UnknownClient(clientId);

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string tokenId, ClientRegistry clients, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        await clients.RevokeTokenAsync(tokenId, Actor(caller), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem($"There is no active token '{tokenId}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown token");

    private static ProblemHttpResult UnknownClient(string clientId) =>
        TypedResults.Problem($"There is no client '{clientId}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown client");

    private static string Actor(ClaimsPrincipal caller) => caller.FindFirstValue(Claims.Subject) ?? "unknown";
}
