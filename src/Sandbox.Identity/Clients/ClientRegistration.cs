using System.ComponentModel.DataAnnotations;

namespace Sandbox.Identity.Clients;

/// <summary>What an administrator or the provisioning service asks for when registering an OAuth client.</summary>
public sealed record ClientRegistration
{
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string DisplayName { get; init; } = string.Empty;

    /// <summary><c>confidential</c> (has a secret) or <c>public</c> (a notebook or CLI: PKCE, no secret).</summary>
    [Required]
    public string ClientType { get; init; } = "confidential";

    /// <summary>Any of <c>client_credentials</c>, <c>authorization_code</c>, <c>refresh_token</c>.</summary>
    public IReadOnlyList<string> GrantTypes { get; init; } = [];

    public IReadOnlyList<string> RedirectUris { get; init; } = [];

    public IReadOnlyList<string> PostLogoutRedirectUris { get; init; } = [];

    public IReadOnlyList<string> Scopes { get; init; } = [];
}
