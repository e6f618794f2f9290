using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Access;
using Sandbox.Identity.Organizations;
using Sandbox.Storage.Errors;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/admin/organizations</c>: administrators (in person) list organizations and verify
/// humanitarian organizations and partners. A verification names the version seen (If-Match).
/// </summary>
public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/organizations").RequireAuthorization(ApiAccess.AdministratorInPersonPolicy).WithTags("Administration");
        api.MapGet("/", ListAsync).WithName("ListOrganizations");
        api.MapGet("/{id}", GetAsync).WithName("GetOrganization").WithSummary("One organization, with its ETag.");
        api.MapPost("/{id}/verification", VerifyAsync).WithName("VerifyOrganization")
            .WithSummary("Marks an organization verified (humanitarian or partner); send the ETag you read as If-Match.");
        return api;
    }

    public sealed record VerificationRequest(OrganizationStatus? Status, string Reason);

    private static async Task<Ok<IReadOnlyList<Organization>>> ListAsync(OrganizationDirectory organizations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await organizations.ListAsync(cancellationToken));

    private static async Task<Results<Ok<Organization>, ProblemHttpResult>> GetAsync(string id, HttpContext context, OrganizationDirectory organizations, CancellationToken cancellationToken)
    {
        if (await organizations.GetAsync(id, cancellationToken) is not { } found)
        {
            return TypedResults.Problem($"There is no organization '{id}'.", statusCode: StatusCodes.Status404NotFound);
        }

        context.Response.Headers.ETag = found.ETag;
        return TypedResults.Ok(found.Value);
    }

    private static async Task<Results<Ok<Organization>, ProblemHttpResult, ValidationProblem>> VerifyAsync(
        string id, VerificationRequest request, HttpContext context, OrganizationDirectory organizations, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var etag = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(etag))
        {
            return TypedResults.Problem("Send the organization's ETag as If-Match, so a concurrent change is not overwritten.", statusCode: StatusCodes.Status428PreconditionRequired);
        }

        var problems = new Dictionary<string, string[]>();
        if (request.Status is not { } status || !Enum.IsDefined(status))
        {
            problems[nameof(request.Status)] = ["Status must be VerifiedHumanitarian or VerifiedPartner."];
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
        {
            problems[nameof(request.Reason)] = ["A reason of 1 to 500 characters is required."];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        try
        {
            var verified = await organizations.VerifyAsync(id, etag, request.Status!.Value, caller.FindFirstValue(Claims.Subject) ?? "unknown", request.Reason, cancellationToken);
            context.Response.Headers.ETag = verified.ETag;
            return TypedResults.Ok(verified.Value);
        }
        catch (DocumentNotFoundException)
        {
            return TypedResults.Problem($"There is no organization '{id}'.", statusCode: StatusCodes.Status404NotFound);
        }
        catch (DocumentConcurrencyException)
        {
            return TypedResults.Problem("The organization changed since you read it; read it again.", statusCode: StatusCodes.Status412PreconditionFailed);
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "This verification does not apply");
        }
    }
}
