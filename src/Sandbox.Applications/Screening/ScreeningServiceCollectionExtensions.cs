using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Domain.Screening;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Hosting;

namespace Sandbox.Applications.Screening;

public static class ScreeningServiceCollectionExtensions
{
    /// <summary>Screening lists in the store, the screening service, allied denials and adjudications.</summary>
    public static IServiceCollection AddSandboxScreening(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Bound from section "Screening" when the host has configuration; the defaults otherwise (tests).
        services.AddOptions<ScreeningOptions>()
            .Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(ScreeningOptions.Section).Bind(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddDocumentSet<ScreeningEntry>(ScreeningContainers.Entries);
        services.AddDocumentSet<ScreeningListImport>(ScreeningContainers.Imports);
        services.AddDocumentSet<ScreeningState>(ScreeningContainers.State);
        services.AddDocumentSet<ScreeningListLock>(ScreeningContainers.State);
        services.AddDocumentSet<ScreeningAdjudication>(ScreeningContainers.Adjudications);
        services.AddDocumentSet<AlliedDenial>(ScreeningContainers.AlliedDenials);
        services.AddSingleton<ScreeningService>();
        services.AddSingleton<ScreeningListImporter>();
        services.AddSingleton<AlliedDenialRegistry>();
        services.AddSingleton<ScreeningAdjudications>();
        return services;
    }
}
