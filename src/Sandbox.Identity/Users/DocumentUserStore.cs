using Microsoft.AspNetCore.Identity;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Identity.Users;

/// <summary>
/// ASP.NET Core Identity's user store over the document-store contract. Every update carries the
/// ETag read, so two concurrent edits of one account never silently overwrite each other; unique
/// user names and e-mails are enforced by <see cref="UserKey"/> documents.
/// </summary>
public sealed partial class DocumentUserStore(
    DocumentSet<SandboxUser> users,
    DocumentSet<UserKey> keys,
    IdentityErrorDescriber errors,
    TimeProvider time) :
    IUserPasswordStore<SandboxUser>,
    IUserEmailStore<SandboxUser>,
    IUserSecurityStampStore<SandboxUser>,
    IUserLockoutStore<SandboxUser>,
    IUserTwoFactorStore<SandboxUser>,
    IUserAuthenticatorKeyStore<SandboxUser>,
    IUserTwoFactorRecoveryCodeStore<SandboxUser>,
    IUserRoleStore<SandboxUser>
{
    public async Task<IdentityResult> CreateAsync(SandboxUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.CreatedAt == default)
        {
            user.CreatedAt = time.GetUtcNow();
        }

        var claimed = await ClaimKeysAsync(user, (string.Empty, string.Empty), cancellationToken);
        if (!claimed.Succeeded)
        {
            return claimed;
        }

        try
        {
            user.ETag = (await users.CreateAsync(user, cancellationToken: cancellationToken)).ETag;
        }
        catch (DocumentConflictException)
        {
            await ReleaseKeysAsync(user.Id, (user.NormalizedUserName, user.NormalizedEmail), cancellationToken);
            return IdentityResult.Failed(errors.ConcurrencyFailure());
        }

        user.StoredKeys = (user.NormalizedUserName, user.NormalizedEmail);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(SandboxUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var previous = user.StoredKeys;
        var claimed = await ClaimKeysAsync(user, previous, cancellationToken);
        if (!claimed.Succeeded)
        {
            return claimed;
        }

        var current = (user.NormalizedUserName, user.NormalizedEmail);
        try
        {
            user.ETag = (await users.ReplaceAsync(user, user.ETag ?? string.Empty, cancellationToken: cancellationToken)).ETag;
        }
        catch (Exception ex) when (ex is DocumentConcurrencyException or DocumentNotFoundException or ArgumentException)
        {
            await ReleaseKeysAsync(user.Id, Changed(current, previous), cancellationToken);
            return IdentityResult.Failed(errors.ConcurrencyFailure());
        }

        await ReleaseKeysAsync(user.Id, Changed(previous, current), cancellationToken);
        user.StoredKeys = current;
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(SandboxUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            await users.DeleteAsync(user.Id, user.Id, user.ETag, cancellationToken);
        }
        catch (DocumentConcurrencyException)
        {
            return IdentityResult.Failed(errors.ConcurrencyFailure());
        }

        await ReleaseKeysAsync(user.Id, user.StoredKeys, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<SandboxUser?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return null;
        }

        var stored = await users.ReadAsync(userId, userId, cancellationToken);
        return stored is null ? null : Loaded(stored);
    }

    public Task<SandboxUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindByKeyAsync(UserKey.ForUserName(normalizedUserName), u => u.NormalizedUserName == normalizedUserName, cancellationToken);

    public Task<string> GetUserIdAsync(SandboxUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(SandboxUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(SandboxUser user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName ?? string.Empty;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(SandboxUser user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(SandboxUser user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedUserName = normalizedName ?? string.Empty;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }

    private static SandboxUser Loaded(Versioned<SandboxUser> stored)
    {
        var user = stored.Value;
        user.ETag = stored.ETag;
        user.StoredKeys = (user.NormalizedUserName, user.NormalizedEmail);
        return user;
    }

    private static (string UserName, string Email) Changed((string UserName, string Email) from, (string UserName, string Email) to) =>
        (from.UserName == to.UserName ? string.Empty : from.UserName, from.Email == to.Email ? string.Empty : from.Email);
}
