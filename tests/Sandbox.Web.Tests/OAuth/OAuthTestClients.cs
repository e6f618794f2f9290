using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Sandbox.Identity.OAuth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Web.Tests.OAuth;

/// <summary>Registers the clients a test arranges with, straight through OpenIddict's manager.</summary>
public static class OAuthTestClients
{
    public const string Secret = "test-secret-0123456789-abcdefghij";
    public const string NotebookRedirectUri = "http://127.0.0.1:8765/callback";

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

    /// <summary>A researcher's notebook: a public client using authorization code + PKCE and refresh tokens.</summary>
    public static async Task<string> RegisterNotebookAsync(IServiceProvider services)
    {
        var clientId = "notebook-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = "Notebook under test",
            RedirectUris = { new Uri(NotebookRedirectUri) },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + Scopes.OfflineAccess, Permissions.Prefixes.Scope + OAuthScopes.Api,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
        return clientId;
    }
}
