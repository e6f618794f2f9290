using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Storage.Hosting;

namespace Sandbox.Licensing.Exchange;

public static class ExchangeServiceCollectionExtensions
{
    /// <summary>
    /// The allied exchange: the schemas, the anonymizing builder, the exporter, the importer, its record container and
    /// its list. Other features add records to the export by registering an <see cref="IExchangeRecordSource"/>.
    /// </summary>
    public static IServiceCollection AddAlliedExchange(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDocumentSet<ImportedExchangeRecord>(ExchangeContainers.Records);
        services.TryAddSingleton(_ => AlliedExchangeSchema.Default);
        services.TryAddSingleton<AlliedExchangeBuilder>();
        services.TryAddSingleton<AlliedExchangeImporter>();
        services.TryAddSingleton<AlliedExchangeExporter>();
        services.TryAddSingleton<ImportedRecordsList>();
        services.TryAddSingleton<TransactionFacts>();
        // Bound when the host has configuration (the app), defaults otherwise (tests).
        services.AddOptions<AlliedExchangeOptions>()
            .Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(AlliedExchangeOptions.Section).Bind(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
