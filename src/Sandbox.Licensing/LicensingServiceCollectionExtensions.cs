using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Reference;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Activities;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Exchange;
using Sandbox.Licensing.Licences;
using Sandbox.Licensing.Notifications;
using Sandbox.Licensing.Refusals;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Hosting;
using Sandbox.Workflows.Hosting;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing;

public static class LicensingServiceCollectionExtensions
{
    /// <summary>The case and licence workflows: the runtime, the activities the definitions name, licences and notifications.</summary>
    public static IServiceCollection AddSandboxLicensing(this IServiceCollection services, Action<WorkflowRuntimeOptions>? workflows = null, bool reconcileAtStart = true)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<LicensingOptions>();
        services.AddSandboxWorkflows(workflows);
        services.AddDocumentSet<PilotLicence>(LicenceContainers.Licences);
        services.AddDocumentSet<HolderNotification>(LicenceContainers.Notifications);
        services.AddDocumentSet<ReferenceVersion<RefusalCatalogue>>(ReferenceIds.Container(RefusalCriteria.ContainerName));
        services.AddSingleton(provider => new ReferenceVersions<RefusalCatalogue>(
            provider.GetRequiredService<DocumentSet<ReferenceVersion<RefusalCatalogue>>>(), provider.GetRequiredService<TimeProvider>(),
            RefusalCriteria.SeedResource, c => (c.Version, new DateTimeOffset(c.EffectiveFrom.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), typeof(RefusalCriteria).Assembly));
        services.AddSingleton<RefusalCriteria>();
        services.AddSingleton<CaseFiles>();
        services.AddSingleton<LicenceRegistry>();
        services.AddSingleton<HolderNotifications>();
        services.AddSingleton<LicensingCases>();
        services.AddSingleton<LicenceActions>();
        services.AddAlliedExchange();
        services.AddSingleton<ICaseEvents, CaseWorkflowEvents>();
        services.AddSingleton<IWorkflowObserver, WorkflowAuditObserver>();
        services.AddSingleton<IWorkflowActivity, LoadCaseActivity>();
        services.AddSingleton<IWorkflowActivity, FindAlliedDenialsActivity>();
        services.AddSingleton<IWorkflowActivity, StartConsultationsActivity>();
        services.AddSingleton<IWorkflowActivity, NotifyParentActivity>();
        services.AddSingleton<IWorkflowActivity, RecordConsultationActivity>();
        services.AddSingleton<IWorkflowActivity, CloseConsultationsActivity>();
        services.AddSingleton<IWorkflowActivity, IssueLicenceActivity>();
        services.AddSingleton<IWorkflowActivity, SetLicenceStatusActivity>();
        services.AddSingleton<IWorkflowActivity, ExtendLicenceActivity>();
        services.AddSingleton<IWorkflowActivity, CheckExpeditedActivity>();
        services.AddSingleton<IWorkflowActivity, CheckFastTrackActivity>();
        services.AddSingleton<IWorkflowActivity, StartWorkflowActivity>();
        services.AddSingleton<IWorkflowActivity, SettleProvisionalActivity>();
        services.AddSingleton<IWorkflowActivity, ReassessExtensionActivity>();
        services.AddSingleton<IWorkflowActivity, NotifyActivity>();
        if (reconcileAtStart)
        {
            services.AddHostedService<CaseReconciler>();
        }

        return services;
    }
}
