using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Oversight.ExitReports;
using Sandbox.Oversight.ExitReports.Activities;
using Sandbox.Oversight.Misuse;
using Sandbox.Oversight.Proofs;
using Sandbox.Storage.Hosting;
using Sandbox.Workflows.Runtime;

// In the DI namespace, as ASP.NET Core's own AddXyz methods are, so the composition root needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

public static class ExitReportsServiceCollectionExtensions
{
    /// <summary>
    /// Exit reports (<c>exit-reports</c>) and written proofs of sandbox activities (<c>activity-proofs</c>). Misuse
    /// reports are read as incidents; their document set is declared here only when <c>AddMisuseReports()</c> has not
    /// been called yet.
    /// </summary>
    public static IServiceCollection AddExitReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        if (!services.Any(d => d.ServiceType == typeof(Sandbox.Storage.Documents.DocumentSet<MisuseReport>)))
        {
            services.AddDocumentSet<MisuseReport>(MisuseContainers.Reports);
        }

        services.AddDocumentSet<ExitReport>(ExitReportContainers.Reports);
        services.AddDocumentSet<ActivityProof>(ProofContainers.Proofs);
        services.TryAddSingleton<SandboxActivityReader>();
        services.TryAddSingleton<ExitReportAssembler>();
        services.TryAddSingleton<ExitReportService>();
        services.TryAddSingleton<ActivityProofs>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowActivity, AssembleExitReportActivity>());
        return services;
    }
}
