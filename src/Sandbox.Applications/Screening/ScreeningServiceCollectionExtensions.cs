using Microsoft.Extensions.DependencyInjection;

namespace Sandbox.Applications.Screening;

public static class ScreeningServiceCollectionExtensions
{
    /// <summary>Screening lists in the store, the screening service and adjudications.</summary>
    public static IServiceCollection AddSandboxScreening(this IServiceCollection services) => services;
}
