using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Sandbox.Identity.OpenIddict;
using Sandbox.Storage.Documents;

namespace Sandbox.Identity.Tests.OpenIddict;

/// <summary>
/// One app node: its own DI container with OpenIddict on the shared store, so its managers and
/// entity caches are its own, as on a real second node.
/// </summary>
public sealed class OpenIddictNode : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private OpenIddictNode(ServiceProvider provider)
    {
        _provider = provider;
        _scope = provider.CreateAsyncScope();
    }

    public IOpenIddictApplicationManager Applications => Get<IOpenIddictApplicationManager>();

    public IOpenIddictAuthorizationManager Authorizations => Get<IOpenIddictAuthorizationManager>();

    public IOpenIddictScopeManager Scopes => Get<IOpenIddictScopeManager>();

    public IOpenIddictTokenManager Tokens => Get<IOpenIddictTokenManager>();

    public static async Task<OpenIddictNode> StartAsync(IDocumentStore store, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(store);
        services.AddSingleton(time);
        services.AddOpenIddict().AddCore(options => options.UseDocumentStore());
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await store.InitializeAsync(provider.GetServices<ContainerDefinition>().ToArray());
        return new OpenIddictNode(provider);
    }

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
