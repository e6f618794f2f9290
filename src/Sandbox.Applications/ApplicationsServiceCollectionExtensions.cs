using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Applications.Screening;

namespace Sandbox.Applications;

public static class ApplicationsServiceCollectionExtensions
{
    /// <summary>Pilot applications, the classification catalogue, screening and risk rules, all on the document store.</summary>
    public static IServiceCollection AddSandboxApplications(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSandboxScreening();
        return services;
    }
}
