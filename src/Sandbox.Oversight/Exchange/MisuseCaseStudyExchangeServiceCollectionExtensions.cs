using Sandbox.Licensing.Exchange;
using Sandbox.Oversight.Exchange;

// In the DI namespace, as ASP.NET Core's own AddXyz methods are, so the composition root needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

public static class MisuseCaseStudyExchangeServiceCollectionExtensions
{
    /// <summary>Anonymized misuse case studies in the allied export (<see cref="MisuseCaseStudySource"/>); registered once however often it is called.</summary>
    public static IServiceCollection AddMisuseCaseStudyExchange(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(IExchangeRecordSource) && d.ImplementationType == typeof(MisuseCaseStudySource)))
        {
            services.AddSingleton<IExchangeRecordSource, MisuseCaseStudySource>();
        }

        return services;
    }
}
