using Microsoft.Extensions.Options;
using OpenIddict.Core;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Identity.OpenIddict;

/// <summary>
/// Claims, confirms and releases <see cref="OidcUniqueKey"/> documents. The protocol, for an owner
/// writing a unique value: claim the key, write the owner, then confirm the claim (a write, so its
/// ETag changes). A key older than <see cref="ClaimLease"/> whose owner is gone or no longer holds
/// the value is a leftover (of a crash) and may be taken over with the ETag read; whoever loses that
/// race — the taker or the confirmer — fails.
/// </summary>
internal sealed class OidcUniqueKeys(DocumentSet<OidcUniqueKey> keys, IOptionsMonitor<OpenIddictCoreOptions> options)
{
    /// <summary>A fresh claim is never taken over: its owner's write follows within this time.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    private const int MaxAttempts = 3;

    /// <summary>The claimed key, or null when another owner holds the value.</summary>
    /// <param name="holds">Whether a given owner still exists and holds the value.</param>
    public async Task<Versioned<OidcUniqueKey>?> ClaimAsync(
        string keyId, string ownerId, Func<string, CancellationToken, Task<bool>> holds, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = options.CurrentValue.TimeProvider.GetUtcNow();
            var claim = new OidcUniqueKey(keyId, ownerId, now);
            if (await TryCreateAsync(claim, cancellationToken) is { } created)
            {
                return created;
            }

            var existing = await keys.ReadAsync(keyId, keyId, cancellationToken);
            if (existing is null)
            {
                continue;
            }

            if (existing.Value.OwnerId == ownerId)
            {
                return existing;
            }

            if (now - existing.Value.ClaimedAt < ClaimLease || await holds(existing.Value.OwnerId, cancellationToken))
            {
                return null;
            }

            if (await TryReplaceAsync(claim, existing.ETag, cancellationToken) is { } taken)
            {
                return taken;
            }
        }

        return null;
    }

    /// <summary>False when the claim was taken over meanwhile: the caller must undo its write.</summary>
    public async Task<bool> ConfirmAsync(Versioned<OidcUniqueKey> claim, CancellationToken cancellationToken) =>
        await TryReplaceAsync(claim.Value, claim.ETag, cancellationToken) is not null;

    /// <summary>Deletes the key if <paramref name="ownerId"/> still holds it.</summary>
    public async Task ReleaseAsync(string keyId, string ownerId, CancellationToken cancellationToken)
    {
        var existing = await keys.ReadAsync(keyId, keyId, cancellationToken);
        if (existing?.Value.OwnerId != ownerId)
        {
            return;
        }

        try
        {
            await keys.DeleteAsync(keyId, keyId, existing.ETag, cancellationToken);
        }
        catch (DocumentConcurrencyException)
        {
            // Taken over in between: no longer ours to release.
        }
    }

    public async Task<string?> OwnerAsync(string keyId, CancellationToken cancellationToken) =>
        (await keys.ReadAsync(keyId, keyId, cancellationToken))?.Value.OwnerId;

    private async Task<Versioned<OidcUniqueKey>?> TryCreateAsync(OidcUniqueKey key, CancellationToken cancellationToken)
    {
        try
        {
            return await keys.CreateAsync(key, cancellationToken: cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return null;
        }
    }

    private async Task<Versioned<OidcUniqueKey>?> TryReplaceAsync(OidcUniqueKey key, string etag, CancellationToken cancellationToken)
    {
        try
        {
            return await keys.ReplaceAsync(key, etag, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is DocumentConcurrencyException or DocumentNotFoundException)
        {
            return null;
        }
    }
}
