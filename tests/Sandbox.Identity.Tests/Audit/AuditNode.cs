using Microsoft.Extensions.DependencyInjection;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;

namespace Sandbox.Identity.Tests.Audit;

/// <summary>One app node's audit services on a shared store: its own log, with its own chain cache and locks.</summary>
public sealed class AuditNode : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private AuditNode(ServiceProvider provider) => _provider = provider;

    public AuditLog Log => _provider.GetRequiredService<AuditLog>();

    public AuditChainVerifier Verifier => _provider.GetRequiredService<AuditChainVerifier>();

    public static async Task<AuditNode> StartAsync(IDocumentStore store, TimeProvider time, int shards)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddSingleton(store);
        services.AddSandboxAudit();
        services.Configure<AuditOptions>(o => o.Shards = shards);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await store.InitializeAsync(provider.GetServices<ContainerDefinition>().ToArray());
        return new AuditNode(provider);
    }

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();
}
