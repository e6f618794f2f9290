using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Api;

/// <summary>The case problems, plus the workflow's own: a trigger not permitted now (409 with the reasons), a changed instance (412).</summary>
public static class WorkflowProblems
{
    public const int MaxReasonLength = 4000;

    /// <summary>What every state change needs: the one ETag read (If-Match), and a reason of sensible length.</summary>
    public static bool TryReadChange(HttpContext context, string? reason, out string etag, out IResult? problem)
    {
        if (!CaseProblems.TryGetIfMatch(context, out etag, out problem))
        {
            return false;
        }

        problem = reason is { Length: > MaxReasonLength }
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["A reason is at most 4,000 characters."] })
            : null;
        return problem is null;
    }

    public static Task<IResult> RunAsync(Func<Task<IResult>> action) =>
        CaseProblems.RunAsync(async () =>
        {
            try
            {
                return await action();
            }
            catch (TriggerNotPermittedException ex)
            {
                return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Not permitted now",
                    extensions: new Dictionary<string, object?> { ["state"] = ex.State, ["trigger"] = ex.Trigger, ["reasons"] = ex.Reasons });
            }
            catch (WorkflowInputException ex)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.Field] = [ex.Message] });
            }
            catch (WorkflowConcurrencyException ex)
            {
                return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else");
            }
            catch (WorkflowInstanceNotFoundException ex)
            {
                return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown workflow instance");
            }
        });
}
