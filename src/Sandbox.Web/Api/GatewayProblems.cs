using System.Globalization;
using Sandbox.Provisioning.Gateway;
using Sandbox.Storage.Errors;

namespace Sandbox.Web.Api;

/// <summary>Gateway refusals as ProblemDetails naming the condition; a failed audit write answers 503 and no data.</summary>
public static class GatewayProblems
{
    public static IResult From(GatewayRefusal refusal, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(context);
        if (refusal.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var extensions = new Dictionary<string, object?> { ["condition"] = refusal.Condition };
        if (refusal.Problems is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(
                problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                detail: refusal.Detail, title: refusal.Title, extensions: extensions);
        }

        return TypedResults.Problem(refusal.Detail, statusCode: refusal.Status, title: refusal.Title, extensions: extensions);
    }

    /// <summary>Runs a gateway call; when the store (the audit log among it) fails, nothing the call produced is returned.</summary>
    public static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is DocumentStoreException or TimeoutException)
        {
            return TypedResults.Problem("The audit log or the store could not be written, so no data is returned; try again in a moment.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Audit unavailable", extensions: new Dictionary<string, object?> { ["condition"] = "telemetryRequired" });
        }
    }
}
