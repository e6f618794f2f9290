using Sandbox.Applications.Intake;
using Sandbox.Domain.Screening;
using Sandbox.Storage.Errors;

namespace Sandbox.Web.Api;

/// <summary>The answers case endpoints give when a request cannot be carried out; each is a ProblemDetails a person can act on.</summary>
public static class CaseProblems
{
    public static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action();
        }
        catch (IntakeValidationException ex)
        {
            var errors = ex.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
            return TypedResults.ValidationProblem(errors, title: "The application has problems; each field says what to fix.");
        }
        catch (CaseNotFoundException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown application");
        }
        catch (CaseForbiddenException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");
        }
        catch (CaseStateException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "This does not apply now");
        }
        catch (DocumentConcurrencyException)
        {
            return TypedResults.Problem("The application changed since you read it; read it again and reapply your change.",
                statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else");
        }
        catch (ScreeningValidationException ex)
        {
            return TypedResults.ValidationProblem(ex.Errors.ToDictionary(), title: ex.Message);
        }
        catch (InvalidQueryException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["continuationToken"] = [ex.Message] }, title: "The list request is not valid.");
        }
        catch (StoreUnavailableException)
        {
            return TypedResults.Problem("The store is busy or unreachable; try again in a moment.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Try again");
        }
    }

    /// <summary>The If-Match header, or a 428 answer when it is missing.</summary>
    public static bool TryGetIfMatch(HttpContext context, out string etag, out IResult? problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        etag = context.Request.Headers.IfMatch.ToString();
        problem = string.IsNullOrEmpty(etag) || etag.Contains('*', StringComparison.Ordinal) || etag.Contains(',', StringComparison.Ordinal)
            ? TypedResults.Problem("Send the one ETag you read as If-Match (not * or a list), so a concurrent change is not overwritten.",
                statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required")
            : null;
        return problem is null;
    }
}
