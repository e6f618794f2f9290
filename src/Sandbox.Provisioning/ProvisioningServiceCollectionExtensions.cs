using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Identity.Clients;
using Sandbox.Identity.OAuth;
using Sandbox.Identity.OpenIddict;
using Sandbox.Provisioning.Activities;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Storage.Hosting;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Provisioning;

public static class ProvisioningServiceCollectionExtensions
{
    /// <summary>Sandbox environments, their provisioning activities, the data gateway, quotas and the airlock.</summary>
    /// <param name="purgeWorker">Run the background services: the purge of closed sandboxes past their retention and template upgrades at start (tests call them themselves).</param>
    public static IServiceCollection AddSandboxProvisioning(this IServiceCollection services, Action<ProvisioningOptions>? configure = null, bool purgeWorker = true)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ProvisioningOptions>().Configure(o => configure?.Invoke(o)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOpenIddict().AddCore(core => core.UseDocumentStore());
        services.TryAddScoped<ClientRegistry>();
        services.AddDataProtection();

        services.AddDocumentSet<SandboxEnvironment>(SandboxContainers.Environments);
        services.AddDocumentSet<DataChunk>(SandboxContainers.Data);
        services.AddDocumentSet<PendingCredentials>(SandboxContainers.Credentials);
        services.AddDocumentSet<DailyUsage>(SandboxContainers.Usage);
        services.AddDocumentSet<ExportRequest>(SandboxContainers.Exports);

        services.AddSingleton<SandboxEnvironments>();
        services.AddSingleton<SandboxCredentialVault>();
        services.AddSingleton<SandboxData>();
        services.AddSingleton<DatasetWriter>();
        services.AddSingleton<QueryQuota>();
        services.AddScoped<SandboxClients>();
        services.AddScoped<SandboxProvisioner>();
        services.AddScoped<SandboxTemplateUpgrader>();
        services.AddScoped<SandboxGateway>();
        services.AddScoped<SandboxAirlock>();
        services.AddScoped<ITokenGrantPolicy, SandboxTokenPolicy>();
        services.AddSingleton<IWorkflowActivity, ProvisionSandboxActivity>();
        services.AddSingleton<IWorkflowActivity, WithdrawSandboxAccessActivity>();
        if (purgeWorker)
        {
            services.AddHostedService<SandboxPurgeWorker>();
            services.AddHostedService<TemplateUpgradeService>();
        }

        return services;
    }
}
