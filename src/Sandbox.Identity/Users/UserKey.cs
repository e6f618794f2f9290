using System.Security.Cryptography;
using System.Text;

namespace Sandbox.Identity.Users;

/// <summary>
/// A claim on a unique value (a normalized user name or e-mail): its id is derived from the value,
/// so the store's create conflict makes two accounts with the same value impossible.
/// </summary>
public sealed record UserKey(string Id, string UserId, DateTimeOffset ClaimedAt)
{
    /// <summary>How long a key whose account does not exist yet is presumed to be a registration in progress.</summary>
    public static TimeSpan RegistrationGrace { get; } = TimeSpan.FromMinutes(2);

    public static string ForUserName(string normalizedUserName) => Derive("name", normalizedUserName);

    public static string ForEmail(string normalizedEmail) => Derive("email", normalizedEmail);

    private static string Derive(string kind, string value) =>
        kind + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
