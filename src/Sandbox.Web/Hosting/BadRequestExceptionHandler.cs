using Microsoft.AspNetCore.Diagnostics;

namespace Sandbox.Web.Hosting;

/// <summary>
/// A request the framework cannot bind (malformed JSON, a value of the wrong type) is the client's
/// mistake: answer its 4xx as ProblemDetails saying what could not be read, never a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = badRequest.StatusCode, Title = "The request could not be read.", Detail = exception.InnerException is { } cause ? $"{exception.Message} {cause.Message}" : exception.Message },
        });
    }
}
