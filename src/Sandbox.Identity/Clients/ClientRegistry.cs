using System.Security.Cryptography;
using System.Text.Json;
using OpenIddict.Abstractions;
using Sandbox.Identity.Audit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.Clients;

/// <summary>
/// Registers, lists and disables OAuth clients and their tokens. Secrets are generated here, returned
/// once, and handed to OpenIddict, which stores only their hash.
/// </summary>
public sealed partial class ClientRegistry(
    IOpenIddictApplicationManager applications,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    AuditLog audit)
{
    /// <summary>The property a disabled client carries (its permissions are gone too).</summary>
    public const string DisabledProperty = "sandbox_disabled";

    public async Task<RegisteredClient> RegisterAsync(ClientRegistration registration, string registeredBy, CancellationToken cancellationToken = default)
    {
        registration = ClientRegistrationRules.Normalize(registration);
        var problems = ClientRegistrationRules.Validate(registration);
        if (problems.Count > 0)
        {
            throw new ClientRegistrationException(problems);
        }

        var clientId = "client-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = registration.ClientType == ClientTypes.Confidential ? Base64Url(RandomNumberGenerator.GetBytes(32)) : null;
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = registration.ClientType,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = registration.DisplayName.Trim(),
        };
        ClientPermissions.Grant(descriptor, registration);
        await applications.CreateAsync(descriptor, cancellationToken);
        await audit.AppendAsync(AuditEventTypes.ClientRegistered, registeredBy, clientId, AuditOutcome.Succeeded, new Dictionary<string, string>
        {
            ["displayName"] = descriptor.DisplayName,
            ["grantTypes"] = string.Join(' ', registration.GrantTypes),
            ["scopes"] = string.Join(' ', registration.Scopes),
        }, cancellationToken);
        return new RegisteredClient(clientId, secret, (await GetAsync(clientId, cancellationToken))!);
    }

    public async Task<IReadOnlyList<ClientSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var clients = new List<ClientSummary>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            clients.Add(await SummarizeAsync(application, cancellationToken));
        }

        return [.. clients.OrderBy(c => c.DisplayName, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<ClientSummary?> GetAsync(string clientId, CancellationToken cancellationToken = default) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application ? await SummarizeAsync(application, cancellationToken) : null;

    /// <summary>Takes every permission away and revokes the client's authorizations and tokens at once. False when unknown.</summary>
    public async Task<bool> DisableAsync(string clientId, string disabledBy, CancellationToken cancellationToken = default)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return false;
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        descriptor.Permissions.Clear();
        descriptor.Properties[DisabledProperty] = JsonSerializer.SerializeToElement(true);
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        var applicationId = (await applications.GetIdAsync(application, cancellationToken))!;
        var revokedTokens = await tokens.RevokeByApplicationIdAsync(applicationId, cancellationToken);
        await authorizations.RevokeByApplicationIdAsync(applicationId, cancellationToken);
        await audit.AppendAsync(AuditEventTypes.ClientDisabled, disabledBy, clientId, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["revokedTokens"] = revokedTokens.ToString(System.Globalization.CultureInfo.InvariantCulture) }, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<TokenSummary>?> TokensAsync(string clientId, CancellationToken cancellationToken = default)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return null;
        }

        var found = new List<TokenSummary>();
        var applicationId = (await applications.GetIdAsync(application, cancellationToken))!;
        await foreach (var token in tokens.FindByApplicationIdAsync(applicationId, cancellationToken))
        {
            found.Add(new TokenSummary(
                (await tokens.GetIdAsync(token, cancellationToken))!,
                await tokens.GetTypeAsync(token, cancellationToken) ?? "unknown",
                await tokens.GetStatusAsync(token, cancellationToken) ?? "unknown",
                await tokens.GetSubjectAsync(token, cancellationToken) ?? string.Empty,
                await tokens.GetCreationDateAsync(token, cancellationToken),
                await tokens.GetExpirationDateAsync(token, cancellationToken)));
        }

        return [.. found.OrderByDescending(t => t.CreatedAt)];
    }

    /// <summary>Revokes one token entry; false when it does not exist or was already revoked.</summary>
    public async Task<bool> RevokeTokenAsync(string tokenId, string revokedBy, CancellationToken cancellationToken = default)
    {
        if (await tokens.FindByIdAsync(tokenId, cancellationToken) is not { } token
            || !await tokens.HasStatusAsync(token, Statuses.Valid, cancellationToken)
            || !await tokens.TryRevokeAsync(token, cancellationToken))
        {
            return false;
        }

        await audit.AppendAsync(AuditEventTypes.TokenRevoked, revokedBy, tokenId, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["by"] = "administrator" }, cancellationToken);
        return true;
    }

    private async Task<ClientSummary> SummarizeAsync(object application, CancellationToken cancellationToken)
    {
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return new ClientSummary(
            (await applications.GetClientIdAsync(application, cancellationToken))!,
            await applications.GetDisplayNameAsync(application, cancellationToken) ?? string.Empty,
            await applications.GetClientTypeAsync(application, cancellationToken) ?? string.Empty,
            ClientPermissions.GrantTypesOf(permissions),
            ClientPermissions.ScopesOf(permissions),
            [.. await applications.GetRedirectUrisAsync(application, cancellationToken)],
            properties.TryGetValue(DisabledProperty, out var disabled) && disabled.ValueKind == JsonValueKind.True);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
