using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sandbox.Storage.Hosting;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;
using Sandbox.Workflows.Tasks;
using Sandbox.Workflows.Timers;

namespace Sandbox.Workflows.Hosting;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// The runtime, its containers and its worker. Definitions are loaded (and validated) when the registry is first
    /// resolved; the host resolves it at start-up so an invalid definition stops the app.
    /// </summary>
    public static IServiceCollection AddSandboxWorkflows(this IServiceCollection services, Action<WorkflowRuntimeOptions>? configure = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        var options = services.AddOptions<WorkflowRuntimeOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddDocumentSet<WorkflowInstance>(WorkflowInstance.Container);
        services.AddDocumentSet<TimerDocument>(TimerDocument.Container);
        services.AddDocumentSet<WorkflowTask>(WorkflowTask.Container);
        services.AddSingleton(provider => WorkflowDefinitionLoader.Load(
            provider.GetRequiredService<IOptions<WorkflowRuntimeOptions>>().Value.Directory ?? WorkflowDefinitionLoader.DefaultDirectory,
            provider.GetServices<IWorkflowActivity>()));
        services.AddSingleton<WorkflowEngine>();
        services.AddSingleton<WorkflowInbox>();
        services.AddHostedService<WorkflowWorker>();
        return services;
    }
}
