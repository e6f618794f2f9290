using System.Security.Cryptography;
using System.Text;

namespace Sandbox.Identity.Users;

/// <summary>Passwords, security stamp, authenticator key and recovery codes.</summary>
public sealed partial class DocumentUserStore
{
    public Task SetPasswordHashAsync(SandboxUser user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(SandboxUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(SandboxUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(SandboxUser user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(SandboxUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task SetTwoFactorEnabledAsync(SandboxUser user, bool enabled, CancellationToken cancellationToken)
    {
        user.TwoFactorEnabled = enabled;
        return Task.CompletedTask;
    }

    public Task<bool> GetTwoFactorEnabledAsync(SandboxUser user, CancellationToken cancellationToken) => Task.FromResult(user.TwoFactorEnabled);

    public Task SetAuthenticatorKeyAsync(SandboxUser user, string key, CancellationToken cancellationToken)
    {
        user.AuthenticatorKey = key;
        return Task.CompletedTask;
    }

    public Task<string?> GetAuthenticatorKeyAsync(SandboxUser user, CancellationToken cancellationToken) => Task.FromResult(user.AuthenticatorKey);

    public Task ReplaceCodesAsync(SandboxUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken)
    {
        user.RecoveryCodeHashes = recoveryCodes.Select(HashCode).ToList();
        return Task.CompletedTask;
    }

    public Task<bool> RedeemCodeAsync(SandboxUser user, string code, CancellationToken cancellationToken)
    {
        var hash = HashCode(code);
        var match = user.RecoveryCodeHashes.FindIndex(stored =>
            CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(hash)));
        if (match < 0)
        {
            return Task.FromResult(false);
        }

        user.RecoveryCodeHashes.RemoveAt(match);
        return Task.FromResult(true);
    }

    public Task<int> CountCodesAsync(SandboxUser user, CancellationToken cancellationToken) => Task.FromResult(user.RecoveryCodeHashes.Count);

    private static string HashCode(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim())));
}
