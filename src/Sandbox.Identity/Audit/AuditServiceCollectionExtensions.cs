using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Storage.Hosting;

namespace Sandbox.Identity.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The hash-chained audit log, its chain heads and the verifier.</summary>
    public static IServiceCollection AddSandboxAudit(this IServiceCollection services)
    {
        // Bound from section "Audit" when the host has configuration; the defaults otherwise (tests).
        services.AddOptions<AuditOptions>()
            .Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(AuditOptions.Section).Bind(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddDocumentSet<AuditEvent>(AuditLog.Container);
        services.AddDocumentSet<AuditChainHead>(AuditChainHead.Container);
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditChainVerifier>();
        return services;
    }
}
