using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Oversight.Misuse.Activities;
using Sandbox.Provisioning.Gateway;
using Sandbox.Storage.Hosting;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Oversight.Misuse;

public static class MisuseServiceCollectionExtensions
{
    /// <summary>Misuse reports: their documents and evidence, intake, the workflow's activities, and the gateway telemetry that raises reports.</summary>
    public static IServiceCollection AddMisuseReports(this IServiceCollection services, Action<MisuseOptions>? configure = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MisuseOptions>().Configure(o => configure?.Invoke(o)).ValidateDataAnnotations().ValidateOnStart();
        services.AddDocumentSet<MisuseReport>(MisuseContainers.Reports);
        services.AddDocumentSet<StoredEvidence>(MisuseContainers.Evidence);
        services.AddDocumentSet<RefusalCounter>(MisuseContainers.RefusalCounters);
        services.AddSingleton<AnonymousRateLimit>();
        services.AddSingleton<MisuseReportUpdates>();
        services.AddSingleton<LicenceConditionsTightener>();
        services.AddScoped<MisuseIntake>();
        services.AddScoped<MisuseReports>();
        services.AddScoped<MisuseActions>();
        services.AddScoped<IGatewayRefusalObserver, RefusalTelemetry>();
        services.AddSingleton<IWorkflowActivity, RecordMisuseStateActivity>();
        services.AddSingleton<IWorkflowActivity, RecordHolderStatementActivity>();
        services.AddSingleton<IWorkflowActivity, NotifyMisuseHolderActivity>();
        services.AddSingleton<IWorkflowActivity, ApplyMisuseResponseActivity>();
        services.AddMisuseCaseStudyExchange();
        return services;
    }
}
