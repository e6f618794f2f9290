using MudBlazor.Services;

namespace Sandbox.Web.Hosting;

public static class WebHost
{
    /// <summary>UI, API plumbing and their cross-cutting concerns: components, ProblemDetails, OpenAPI.</summary>
    public static IHostApplicationBuilder AddSandboxWebHost(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddOpenApi();
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        builder.AddReverseProxySupport();
        return builder;
    }

    public static WebApplication UseSandboxWebHost(this WebApplication app)
    {
        app.UseReverseProxySupport();
        app.UseExceptionHandler();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseApiProblemDetails();
        app.UseCrossSiteRequestGuard();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapOpenApi();
        return app;
    }
}
