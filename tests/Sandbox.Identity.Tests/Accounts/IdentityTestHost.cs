using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sandbox.Storage.Documents;

namespace Sandbox.Identity.Tests.Accounts;

/// <summary>The identity services on a real store, as the app composes them.</summary>
public sealed class IdentityTestHost : IAsyncDisposable
{
    private IdentityTestHost(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public static async Task<IdentityTestHost> StartAsync(IDocumentStore store, FakeTimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(store);
        services.AddSandboxIdentityCore();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await store.InitializeAsync(provider.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());
        return new IdentityTestHost(provider);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A scope, as one HTTP request would have.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
