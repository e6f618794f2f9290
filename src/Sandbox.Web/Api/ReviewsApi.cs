using System.Globalization;
using System.Security.Claims;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Reviews;
using Sandbox.Identity.Access;
using Sandbox.Storage.Errors;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/admin/reviews</c>: sunset and periodic review for administrators in person. What is due (classification
/// entries, restrictive risk rules, allied denials) and renewals, each naming the ETag it was listed with (If-Match).
/// </summary>
public static class ReviewsApi
{
    public static RouteGroupBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/reviews").RequireAuthorization(ApiAccess.AdministratorInPersonPolicy).WithTags("Administration");
        api.MapGet("/", ListAsync).WithName("ListReviews").Produces<IReadOnlyList<ReviewItem>>().ProducesValidationProblem()
            .WithSummary("What is under review, soonest first; with dueWithinDays, only what is overdue or due within that many days.");
        api.MapPost("/{kind}/{id}/renewal", RenewAsync).WithName("RenewReview").Produces<ReviewItem>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Sets a new review date (after today, at most 5 years ahead) with a reason; send the listed ETag as If-Match.");
        return api;
    }

    /// <param name="ReviewBy">The new review date, <c>yyyy-MM-dd</c>.</param>
    public sealed record RenewalBody(string? ReviewBy, string? Reason);

    private static Task<IResult> ListAsync(string? dueWithinDays, ReferenceReviews reviews, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        int? days = null;
        if (dueWithinDays is not null)
        {
            if (!int.TryParse(dueWithinDays, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Invalid("dueWithinDays", $"'{dueWithinDays}' is not a number of days from 0 to {ReferenceReviews.MaxDueWithinDays}.");
            }

            days = parsed;
        }

        return TypedResults.Ok(await reviews.ListAsync(days, cancellationToken));
    });

    private static Task<IResult> RenewAsync(
        string kind, string id, RenewalBody? body, HttpContext context, ReferenceReviews reviews, ClaimsPrincipal user, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        if (!ReviewKinds.TryParse(kind, out var reviewKind))
        {
            return TypedResults.Problem($"There is no review kind '{kind}'; use {string.Join(", ", ReviewKinds.Slugs)}.",
                statusCode: StatusCodes.Status404NotFound, title: "Unknown kind");
        }

        if (!CaseProblems.TryGetIfMatch(context, out var etag, out var missing))
        {
            return missing!;
        }

        DateOnly? reviewBy = null;
        if (body?.ReviewBy is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Invalid("reviewBy", $"'{text}' is not a date like 2029-12-31.");
            }

            reviewBy = parsed;
        }

        var renewed = await reviews.RenewAsync(CaseActors.From(user), reviewKind, id, etag, new ReviewRenewalRequest(reviewBy, body?.Reason), cancellationToken);
        context.Response.Headers.ETag = renewed.ETag;
        return TypedResults.Ok(renewed);
    });

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request has problems; each field says what to fix.");

    private static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ReviewValidationException ex)
        {
            return TypedResults.ValidationProblem(ex.Errors.ToDictionary(), title: "The request has problems; each field says what to fix.");
        }
        catch (ReviewNotFoundException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Not under review");
        }
        catch (CaseForbiddenException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");
        }
        catch (DocumentConcurrencyException)
        {
            return TypedResults.Problem("It was renewed or changed since you read it; read the list again.",
                statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else");
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "This does not apply now");
        }
    }
}
