using Sandbox.Oversight.Misuse;

// In the DI namespace, as ASP.NET Core's own AddXyz methods are, so the composition root needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

public static class OversightServiceCollectionExtensions
{
    /// <summary>
    /// Everything oversight adds: misuse reports, transparency reports, exit reports and proofs. One call, because the
    /// workflow definitions name activities of several of them (<c>misuse-report</c>, the licence lifecycle's
    /// <c>assemble-exit-report</c>) and every host that loads <c>workflows/</c> must register them all.
    /// </summary>
    public static IServiceCollection AddSandboxOversight(this IServiceCollection services, Action<MisuseOptions>? misuse = null)
    {
        services.AddMisuseReports(misuse);
        services.AddTransparencyReports();
        services.AddExitReports();
        return services;
    }
}
