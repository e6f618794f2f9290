using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Sandbox.Identity.Audit;
using Sandbox.Provisioning.Environments;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Provisioning.Provisioning;

/// <summary>
/// Holds a new client secret, protected, until the researcher reads it once. Preparing the same generation again
/// returns the same secret, so a provisioning that stops after registering the client can finish without a new one.
/// </summary>
public sealed class SandboxCredentialVault(DocumentSet<PendingCredentials> pending, IDataProtectionProvider protection, AuditLog audit, TimeProvider time)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Sandbox.Provisioning.ClientSecrets");

    public async Task<string> PrepareAsync(SandboxEnvironment environment, int generation, CancellationToken cancellationToken)
    {
        var existing = await pending.ReadAsync(environment.Id, environment.Id, cancellationToken);
        if (existing?.Value.Generation == generation)
        {
            return _protector.Unprotect(existing.Value.ProtectedSecret);
        }

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await pending.UpsertAsync(new PendingCredentials(
            environment.Id, environment.Id, SandboxIds.ServiceClient(environment.Id), _protector.Protect(secret), generation, time.GetUtcNow()), cancellationToken: cancellationToken);
        return secret;
    }

    /// <summary>Whether credentials of this generation wait to be shown.</summary>
    public async Task<bool> IsWaitingAsync(SandboxEnvironment environment, CancellationToken cancellationToken) =>
        (await pending.ReadAsync(environment.Id, environment.Id, cancellationToken))?.Value.Generation == environment.CredentialGeneration;

    /// <summary>The secret, once: the document is deleted with its ETag, so two readers cannot both get it. Null when already shown.</summary>
    public async Task<(string ClientId, string Secret)?> TakeAsync(SandboxEnvironment environment, CancellationToken cancellationToken)
    {
        var existing = await pending.ReadAsync(environment.Id, environment.Id, cancellationToken);
        if (existing is null || existing.Value.Generation != environment.CredentialGeneration)
        {
            return null;
        }

        try
        {
            if (!await pending.DeleteAsync(environment.Id, environment.Id, existing.ETag, cancellationToken))
            {
                return null;
            }
        }
        catch (DocumentConcurrencyException)
        {
            return null;
        }

        return (existing.Value.ClientId, _protector.Unprotect(existing.Value.ProtectedSecret));
    }

    /// <summary>
    /// The credentials for a researcher the sandbox names, once, audited (without the secret). Null when already shown,
    /// not issued, or the sandbox is not open.
    /// </summary>
    public async Task<(string ClientId, string Secret)?> ShowOnceAsync(SandboxEnvironment environment, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.NamedResearchers.Contains(userId, StringComparer.Ordinal))
        {
            return null;
        }

        var shown = environment.Status == SandboxStatus.Ready ? await TakeAsync(environment, cancellationToken) : null;
        await audit.AppendAsync(SandboxAuditEvents.CredentialsShown, userId, environment.Id, shown is null ? AuditOutcome.Refused : AuditOutcome.Succeeded,
            new Dictionary<string, string>
            {
                ["clientId"] = SandboxIds.ServiceClient(environment.Id),
                ["generation"] = environment.CredentialGeneration.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, cancellationToken);
        return shown;
    }

    public Task DiscardAsync(SandboxEnvironment environment, CancellationToken cancellationToken) =>
        pending.DeleteAsync(environment.Id, environment.Id, cancellationToken: cancellationToken);
}
