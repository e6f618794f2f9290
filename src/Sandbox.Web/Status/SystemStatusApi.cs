using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Sandbox.Web.Status;

public static class SystemStatusApi
{
    public static IServiceCollection AddSystemStatus(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services.AddScoped<SystemStatusService>();
    }

    /// <summary><c>GET /health</c>: 200 when the store answers, 503 when it does not; the body says which store.</summary>
    public static IEndpointConventionBuilder MapSystemStatusApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", GetHealthAsync)
            .WithName("GetHealth")
            .WithTags("System")
            .WithSummary("Whether the app and its document store answer, and which store is in use.")
            .Produces<SystemStatus>(StatusCodes.Status200OK)
            .Produces<SystemStatus>(StatusCodes.Status503ServiceUnavailable)
            .AllowAnonymous();

    private static async Task<JsonHttpResult<SystemStatus>> GetHealthAsync(SystemStatusService status, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await status.CheckAsync(cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        var code = result.Store.Answers ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        return TypedResults.Json(result, statusCode: code);
    }
}
