using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Sandbox.Identity.OAuth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Web.Tests.OAuth;

/// <summary>Registers the clients a test arranges with, straight through OpenIddict's manager.</summary>
public static class OAuthTestClients
{
    public const string Secret = "test-secret-0123456789-abcdefghij";

    public static async Task<string> RegisterMachineClientAsync(IServiceProvider services, params string[] scopes)
    {
        var clientId = "machine-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = services.CreateAsyncScope();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = Secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Test machine client",
            Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.Endpoints.Introspection, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var granted in scopes.DefaultIfEmpty(OAuthScopes.Api))
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + granted);
        }

        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(descriptor);
        return clientId;
    }
}
