using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Oversight.Misuse;
using Sandbox.Oversight.Transparency;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Hosting;

// In the DI namespace, as ASP.NET Core's own AddXyz methods are, so the composition root needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

public static class TransparencyServiceCollectionExtensions
{
    /// <summary>
    /// Transparency reports: the calculators, publication and the <c>transparency-reports</c> container. Misuse reports
    /// are read through their document set; it is declared here only when <c>AddMisuseReports()</c> has not been called
    /// yet (declaring it twice is harmless: the container is created once and both registrations open the same one).
    /// </summary>
    public static IServiceCollection AddTransparencyReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Bound from configuration when the host has one (the app), else the defaults (tests building their own services).
        services.AddOptions<TransparencyOptions>()
            .Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(TransparencyOptions.Section).Bind(options))
            .ValidateDataAnnotations().ValidateOnStart();
        if (!services.Any(d => d.ServiceType == typeof(DocumentSet<MisuseReport>)))
        {
            services.AddDocumentSet<MisuseReport>(MisuseContainers.Reports);
        }

        services.AddDocumentSet<PublishedTransparencyReport>(TransparencyContainers.Reports);
        services.TryAddSingleton<ApplicationFiguresCollector>();
        services.TryAddSingleton<DecisionFiguresCollector>();
        services.TryAddSingleton<ActivityFiguresCollector>();
        services.TryAddSingleton<TransparencyCalculator>();
        services.TryAddSingleton<TransparencyReports>();
        return services;
    }
}
