using System.Text.Json;
using OpenIddict.Abstractions;
using Sandbox.Identity.Audit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.Clients;

/// <summary>Clients the system owns (one per sandbox): fixed ids, scopes of their own, created or re-enabled idempotently.</summary>
public sealed partial class ClientRegistry
{
    /// <summary>
    /// Creates the client, or brings an existing one to exactly this registration (permissions restored, the
    /// disabled mark removed, the secret replaced when one is given). Calling it again with the same values
    /// changes nothing visible, so an interrupted provisioning can simply run again.
    /// </summary>
    /// <param name="scopes">Scopes outside <see cref="ClientRegistrationRules.AllowedScopes"/> are allowed here: the caller registered them.</param>
    public async Task EnsureOwnedAsync(
        string clientId, ClientRegistration registration, string? secret, IReadOnlyDictionary<string, string> properties, string actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(properties);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = registration.ClientType,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = registration.DisplayName,
        };
        ClientPermissions.Grant(descriptor, registration);
        foreach (var (name, value) in properties)
        {
            descriptor.Properties[name] = JsonSerializer.SerializeToElement(value);
        }

        var existing = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            if (secret is null && registration.ClientType == ClientTypes.Confidential)
            {
                // The stored (hashed) secret stays as it is: the manager re-hashes only a changed value.
                var current = new OpenIddictApplicationDescriptor();
                await applications.PopulateAsync(current, existing, cancellationToken);
                descriptor.ClientSecret = current.ClientSecret;
            }

            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }

        await audit.AppendAsync(AuditEventTypes.ClientRegistered, actor, clientId, AuditOutcome.Succeeded, new Dictionary<string, string>
        {
            ["displayName"] = registration.DisplayName,
            ["grantTypes"] = string.Join(' ', registration.GrantTypes),
            ["scopes"] = string.Join(' ', registration.Scopes),
            ["secretIssued"] = secret is null ? "false" : "true",
        }, cancellationToken);
    }
}
