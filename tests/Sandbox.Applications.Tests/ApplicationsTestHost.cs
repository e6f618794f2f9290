using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sandbox.Identity;
using Sandbox.Storage.Documents;

namespace Sandbox.Applications.Tests;

/// <summary>The application services on a real store, composed as the app composes them.</summary>
public sealed class ApplicationsTestHost : IAsyncDisposable
{
    private ApplicationsTestHost(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public static async Task<ApplicationsTestHost> StartAsync(IDocumentStore store, FakeTimeProvider time, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(store);
        services.AddSandboxIdentityCore();
        services.AddSandboxApplications();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await store.InitializeAsync(provider.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());
        return new ApplicationsTestHost(provider);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
