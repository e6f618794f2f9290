using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sandbox.Storage.Hosting;
using Sandbox.Workflows.CrashHost.Effects;
using Sandbox.Workflows.Hosting;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Workflows.CrashHost.Hosting;

public static class CrashHostWorkflows
{
    /// <summary>The definitions copied beside the host (with the repository's schema), not the repository's workflows/.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "crash-workflows");

    /// <summary>The runtime with its worker, configured from <c>Workflows</c> (NodeId, PollInterval, WorkGrace, TimerClaim…), and the effect activity.</summary>
    public static IHostApplicationBuilder AddCrashHostWorkflows(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CrashHostOptions>().BindConfiguration(CrashHostOptions.Section);
        builder.Services.AddDocumentSet<EffectDocument>(EffectDocument.Container);
        builder.Services.AddSingleton<IWorkflowActivity, EffectActivity>();
        var section = builder.Configuration.GetSection(WorkflowRuntimeOptions.Section);
        builder.Services.AddSandboxWorkflows(options =>
        {
            section.Bind(options);
            options.Directory ??= DefaultDirectory;
        });
        return builder;
    }
}
