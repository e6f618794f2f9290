using System.Text.Json.Serialization;

namespace Sandbox.Identity.Users;

/// <summary>
/// A user account as stored. Mutable because ASP.NET Core Identity's store API sets fields one at
/// a time before it calls update; only <see cref="DocumentUserStore"/> writes it.
/// </summary>
public sealed class SandboxUser
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    public string UserName { get; set; } = string.Empty;

    public string NormalizedUserName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string NormalizedEmail { get; set; } = string.Empty;

    public bool EmailConfirmed { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    public string OrganizationId { get; set; } = string.Empty;

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool LockoutEnabled { get; set; } = true;

    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    public bool TwoFactorEnabled { get; set; }

    public string? AuthenticatorKey { get; set; }

    /// <summary>SHA-256 hashes of the unused recovery codes; the codes themselves are shown once and never stored.</summary>
    public List<string> RecoveryCodeHashes { get; set; } = [];

    public List<string> Roles { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The ETag of the version this object was read as; updates are refused if it is stale.</summary>
    [JsonIgnore]
    public string? ETag { get; set; }

    /// <summary>The unique keys this user holds in the store, as last read or written.</summary>
    [JsonIgnore]
    internal (string UserName, string Email) StoredKeys { get; set; } = (string.Empty, string.Empty);
}
