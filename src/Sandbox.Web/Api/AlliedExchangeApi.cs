using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Sandbox.Domain.Screening;
using Sandbox.Identity.Access;
using Sandbox.Licensing.Exchange;
using Sandbox.Storage.Errors;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/allies/exchange</c>: allied authorities' OAuth clients (scope <c>allies.exchange</c>) and administrators in
/// person export this instance's anonymized denials, suspensions, revocations and misuse case studies and import theirs
/// (<c>docs/exchange.md</c>). Every exchange is audited; every failure is a ProblemDetails.
/// </summary>
public static class AlliedExchangeApi
{
    public static RouteGroupBuilder MapAlliedExchangeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/allies/exchange").RequireAuthorization(ApiAccess.AlliedExchangePolicy).WithTags("Allied exchange")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/", ExportAsync).WithName("ExportAlliedExchange").Produces<AlliedExchangeDocument>().ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("This authority's denials, suspensions, revocations and misuse case studies (anonymized, schema allied-exchange.v2); ?since= an ISO 8601 instant limits them to newer records; ?version=1 writes the older format, without case studies.");
        api.MapPost("/", ImportAsync).DisableAntiforgery().Accepts<AlliedExchangeDocument>("application/json").WithName("ImportAlliedExchange")
            .Produces<ExchangeImportResult>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Imports an ally's exchange document of version 1 or 2: checked against its schema (problems by path), idempotent by recordId; denials are screened at once, case studies kept as information.");
        return api;
    }

    private static async Task<IResult> ExportAsync(
        AlliedExchangeExporter exporter, ClaimsPrincipal user, CancellationToken cancellationToken, string? since = null, int? version = null)
    {
        if (version is { } asked && !AlliedExchangeFormat.Versions.Contains(asked))
        {
            return TypedResults.Problem($"Version {asked} is not written here; ask for one of {string.Join(", ", AlliedExchangeFormat.Versions)}.",
                statusCode: StatusCodes.Status400BadRequest, title: "Unknown version");
        }

        DateTimeOffset? from = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return TypedResults.Problem($"'{since}' is not an ISO 8601 date or instant such as 2026-11-01T00:00:00Z.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid since");
            }

            from = parsed;
        }

        var document = await exporter.ExportAsync(from, Actor(user), version ?? AlliedExchangeFormat.Version, cancellationToken);
        return TypedResults.Json(document, AlliedExchangeFormat.Json);
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, AlliedExchangeImporter importer, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            return TypedResults.Problem($"The body is not JSON: {ex.Message}", statusCode: StatusCodes.Status400BadRequest, title: "Not a JSON document");
        }

        using (body)
        {
            try
            {
                return TypedResults.Ok(await importer.ImportAsync(body.RootElement, Actor(user), cancellationToken));
            }
            catch (ExchangeSchemaException ex)
            {
                var errors = ex.Problems.GroupBy(p => p.Path.Length == 0 ? "$" : p.Path, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
                return TypedResults.ValidationProblem(errors, title: "The document does not match the allied exchange schema of its version; nothing was imported.");
            }
            catch (ScreeningValidationException ex)
            {
                return TypedResults.ValidationProblem(ex.Errors.ToDictionary(), title: ex.Message);
            }
            catch (DocumentConcurrencyException)
            {
                return TypedResults.Problem("A record changed while it was imported; send the document again.", statusCode: StatusCodes.Status409Conflict, title: "Concurrent import");
            }
        }
    }

    /// <summary>The user, or for a client's own token the client.</summary>
    private static string Actor(ClaimsPrincipal user)
    {
        var subject = CaseActors.From(user).UserId;
        return subject.Length > 0 ? subject : "client:" + (user.FindFirstValue(Claims.ClientId) ?? "unknown");
    }
}
