using System.Text.Json;

namespace Sandbox.Identity.OpenIddict;

/// <summary>An OpenIddict application (client) as stored in <see cref="OidcContainers.Applications"/>.</summary>
public sealed class OidcApplication : OidcUniqueDocument
{
    public string? ApplicationType { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The hash computed by the application manager; the secret itself never reaches the store.</summary>
    public string? ClientSecret { get; set; }

    public string? ClientType { get; set; }

    public string? ConsentType { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>Display names by culture name.</summary>
    public IReadOnlyDictionary<string, string>? DisplayNames { get; set; }

    /// <summary>The JSON Web Key Set as JSON text.</summary>
    public string? JsonWebKeySet { get; set; }

    public IReadOnlyList<string> Permissions { get; set; } = [];

    public IReadOnlyList<string> PostLogoutRedirectUris { get; set; } = [];

    public IReadOnlyDictionary<string, JsonElement>? Properties { get; set; }

    public IReadOnlyList<string> RedirectUris { get; set; } = [];

    public IReadOnlyList<string> Requirements { get; set; } = [];

    public IReadOnlyDictionary<string, string>? Settings { get; set; }

    internal override string? UniqueValue
    {
        get => ClientId;
        set => ClientId = value;
    }
}
