using Microsoft.AspNetCore.Identity;
using Sandbox.Storage.Errors;

namespace Sandbox.Identity.Users;

public sealed partial class DocumentUserStore
{
    /// <summary>Claims the user name and e-mail keys that differ from <paramref name="held"/>; on a clash nothing stays claimed.</summary>
    private async Task<IdentityResult> ClaimKeysAsync(SandboxUser user, (string UserName, string Email) held, CancellationToken cancellationToken)
    {
        var claimedName = false;
        if (user.NormalizedUserName.Length == 0)
        {
            return IdentityResult.Failed(errors.InvalidUserName(user.UserName));
        }

        if (user.NormalizedUserName != held.UserName)
        {
            if (!await ClaimAsync(UserKey.ForUserName(user.NormalizedUserName), user.Id, cancellationToken))
            {
                return IdentityResult.Failed(errors.DuplicateUserName(user.UserName));
            }

            claimedName = true;
        }

        if (user.NormalizedEmail.Length > 0 && user.NormalizedEmail != held.Email
            && !await ClaimAsync(UserKey.ForEmail(user.NormalizedEmail), user.Id, cancellationToken))
        {
            if (claimedName)
            {
                await ReleaseKeysAsync(user.Id, (user.NormalizedUserName, string.Empty), cancellationToken);
            }

            return IdentityResult.Failed(errors.DuplicateEmail(user.Email));
        }

        return IdentityResult.Success;
    }

    /// <summary>
    /// True when the key is now this user's. A key whose account does not exist is taken over only once
    /// it is older than <see cref="UserKey.RegistrationGrace"/>: younger, it is a registration still writing
    /// its account; older, it was left by a crash.
    /// </summary>
    private async Task<bool> ClaimAsync(string keyId, string userId, CancellationToken cancellationToken)
    {
        try
        {
            await keys.CreateAsync(new UserKey(keyId, userId, time.GetUtcNow()), cancellationToken: cancellationToken);
            return true;
        }
        catch (DocumentConflictException)
        {
            var existing = await keys.ReadAsync(keyId, keyId, cancellationToken);
            if (existing is null || existing.Value.UserId == userId)
            {
                return existing is not null || await ClaimAsync(keyId, userId, cancellationToken);
            }

            if (time.GetUtcNow() - existing.Value.ClaimedAt < UserKey.RegistrationGrace
                || await users.ReadAsync(existing.Value.UserId, existing.Value.UserId, cancellationToken) is not null)
            {
                return false;
            }

            try
            {
                await keys.ReplaceAsync(new UserKey(keyId, userId, time.GetUtcNow()), existing.ETag, cancellationToken: cancellationToken);
                return true;
            }
            catch (DocumentConcurrencyException)
            {
                return false;
            }
        }
    }

    /// <summary>Deletes the named keys if this user still holds them; empty names are skipped.</summary>
    private async Task ReleaseKeysAsync(string userId, (string UserName, string Email) held, CancellationToken cancellationToken)
    {
        var ids = new[] { held.UserName.Length > 0 ? UserKey.ForUserName(held.UserName) : null, held.Email.Length > 0 ? UserKey.ForEmail(held.Email) : null };
        foreach (var id in ids.OfType<string>())
        {
            var existing = await keys.ReadAsync(id, id, cancellationToken);
            if (existing?.Value.UserId == userId)
            {
                try
                {
                    await keys.DeleteAsync(id, id, existing.ETag, cancellationToken);
                }
                catch (DocumentConcurrencyException)
                {
                    // Someone took the key over in between: it is no longer ours to release.
                }
            }
        }
    }

    private async Task<SandboxUser?> FindByKeyAsync(string keyId, Func<SandboxUser, bool> stillMatches, CancellationToken cancellationToken)
    {
        var key = await keys.ReadAsync(keyId, keyId, cancellationToken);
        if (key is null)
        {
            return null;
        }

        var user = await FindByIdAsync(key.Value.UserId, cancellationToken);
        return user is not null && stillMatches(user) ? user : null;
    }
}
