using OpenIddict.Abstractions;
using Microsoft.Extensions.Options;
using Sandbox.Identity.Clients;
using Sandbox.Provisioning.Environments;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Provisioning.Provisioning;

/// <summary>
/// The two OAuth clients of a sandbox and the scopes they hold: a confidential service client (client
/// credentials) and a public notebook client for named researchers (authorization code + PKCE).
/// </summary>
public sealed class SandboxClients(ClientRegistry registry, IOpenIddictApplicationManager applications, IOpenIddictScopeManager scopes, IOptions<ProvisioningOptions> options)
{
    public const string SandboxProperty = "sandbox_id";

    /// <summary>The resource server tokens with sandbox scopes are meant for.</summary>
    public const string GatewayResource = "sandbox-gateway";

    public async Task EnsureScopesAsync(SandboxEnvironment environment, CancellationToken cancellationToken)
    {
        foreach (var name in ScopesOf(environment))
        {
            if (await scopes.FindByNameAsync(name, cancellationToken) is not null)
            {
                continue;
            }

            var descriptor = new OpenIddictScopeDescriptor { Name = name, DisplayName = $"{name.Split(':')[2]} in sandbox {environment.LicenceReference}" };
            descriptor.Resources.Add(GatewayResource);
            try
            {
                await scopes.CreateAsync(descriptor, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Another attempt may have created it first; anything else is a real failure.
                if (await scopes.FindByNameAsync(name, cancellationToken) is null)
                {
                    throw;
                }
            }
        }
    }

    /// <summary>Both clients with the sandbox's scopes; the service client's secret becomes <paramref name="secret"/> (null keeps it).</summary>
    public async Task EnsureClientsAsync(SandboxEnvironment environment, string? secret, string actor, CancellationToken cancellationToken)
    {
        var properties = new Dictionary<string, string> { [SandboxProperty] = environment.Id };
        string[] granted = [.. ScopesOf(environment)];
        await registry.EnsureOwnedAsync(SandboxIds.ServiceClient(environment.Id), new ClientRegistration
        {
            DisplayName = $"Sandbox {environment.LicenceReference} service",
            ClientType = ClientTypes.Confidential,
            GrantTypes = [GrantTypes.ClientCredentials],
            Scopes = granted,
        }, secret, properties, actor, cancellationToken);
        await registry.EnsureOwnedAsync(SandboxIds.NotebookClient(environment.Id), new ClientRegistration
        {
            DisplayName = $"Sandbox {environment.LicenceReference} notebook",
            ClientType = ClientTypes.Public,
            GrantTypes = [GrantTypes.AuthorizationCode],
            RedirectUris = options.Value.NotebookRedirectUris,
            Scopes = granted,
        }, null, properties, actor, cancellationToken);
    }

    /// <summary>Disables both clients, which revokes every token and authorization issued to them.</summary>
    public async Task DisableClientsAsync(SandboxEnvironment environment, string actor, CancellationToken cancellationToken)
    {
        await registry.DisableAsync(SandboxIds.ServiceClient(environment.Id), actor, cancellationToken);
        await registry.DisableAsync(SandboxIds.NotebookClient(environment.Id), actor, cancellationToken);
    }

    /// <summary>Deletes both clients and the sandbox's scopes once its data is purged; their tokens were revoked when access ended.</summary>
    public async Task DeleteAsync(SandboxEnvironment environment, CancellationToken cancellationToken)
    {
        foreach (var clientId in new[] { SandboxIds.ServiceClient(environment.Id), SandboxIds.NotebookClient(environment.Id) })
        {
            if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application)
            {
                await applications.DeleteAsync(application, cancellationToken);
            }
        }

        foreach (var name in ScopesOf(environment))
        {
            if (await scopes.FindByNameAsync(name, cancellationToken) is { } scope)
            {
                await scopes.DeleteAsync(scope, cancellationToken);
            }
        }
    }

    public static IEnumerable<string> ScopesOf(SandboxEnvironment environment) =>
        environment.OfferedOperations.Select(operation => SandboxIds.Scope(environment.Id, operation));
}
