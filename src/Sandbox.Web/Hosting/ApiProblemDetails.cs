using Microsoft.AspNetCore.Diagnostics;

namespace Sandbox.Web.Hosting;

/// <summary>
/// API clients get ProblemDetails for every empty error answer (404, 405, 401...), while people
/// get the app's not-found page: this turns the HTML status-code pages off for API paths.
/// </summary>
public static class ApiProblemDetails
{
    public static bool IsApiRequest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/health");
    }

    public static IApplicationBuilder UseApiProblemDetails(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!IsApiRequest(context))
        {
            await next(context);
            return;
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        await next(context);
        var response = context.Response;
        if (response is { HasStarted: false, StatusCode: >= 400, ContentLength: null } && string.IsNullOrEmpty(response.ContentType))
        {
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context });
        }
    });
}
