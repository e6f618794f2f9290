using Sandbox.Identity.OAuth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.Clients;

/// <summary>Checks a registration before anything is stored; each problem is keyed by the field it concerns.</summary>
public static class ClientRegistrationRules
{
    public static IReadOnlyList<string> AllowedScopes { get; } = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, .. OAuthScopes.All];

    private static readonly string[] AllowedGrants = [GrantTypes.ClientCredentials, GrantTypes.AuthorizationCode, GrantTypes.RefreshToken];

    public static Dictionary<string, string[]> Validate(ClientRegistration registration)
    {
        registration = Normalize(registration);
        var problems = new Dictionary<string, string[]>();
        void Add(string field, string message) => problems[field] = [.. problems.GetValueOrDefault(field, []), message];

        if (string.IsNullOrWhiteSpace(registration.DisplayName) || registration.DisplayName.Length > 100)
        {
            Add(nameof(registration.DisplayName), "A display name of 1 to 100 characters is required.");
        }

        if (registration.ClientType is not (ClientTypes.Confidential or ClientTypes.Public))
        {
            Add(nameof(registration.ClientType), "The client type must be 'confidential' or 'public'.");
        }

        if (registration.GrantTypes.Count == 0 || registration.GrantTypes.Any(g => !AllowedGrants.Contains(g)))
        {
            Add(nameof(registration.GrantTypes), "Grant types must be among: " + string.Join(", ", AllowedGrants) + ".");
        }

        if (registration.ClientType == ClientTypes.Public && registration.GrantTypes.Contains(GrantTypes.ClientCredentials))
        {
            Add(nameof(registration.GrantTypes), "A public client has no secret, so it cannot use client_credentials.");
        }

        if (registration.GrantTypes.Contains(GrantTypes.RefreshToken) && !registration.GrantTypes.Contains(GrantTypes.AuthorizationCode))
        {
            Add(nameof(registration.GrantTypes), "refresh_token only makes sense with authorization_code.");
        }

        if (registration.GrantTypes.Contains(GrantTypes.AuthorizationCode) && registration.RedirectUris.Count == 0)
        {
            Add(nameof(registration.RedirectUris), "The authorization code flow needs at least one redirect URI.");
        }

        foreach (var uri in registration.RedirectUris.Concat(registration.PostLogoutRedirectUris).Where(u => !IsAcceptableRedirect(u)))
        {
            Add(nameof(registration.RedirectUris), $"'{uri}' must be an absolute https URI, or http on a loopback address, without a fragment.");
        }

        var unknown = registration.Scopes.Where(s => !AllowedScopes.Contains(s)).ToArray();
        if (registration.Scopes.Count == 0 || unknown.Length > 0)
        {
            Add(nameof(registration.Scopes), unknown.Length > 0 ? $"Unknown scopes: {string.Join(", ", unknown)}." : "At least one scope is required.");
        }

        return problems;
    }

    /// <summary>JSON may send null for a list; it means none.</summary>
    public static ClientRegistration Normalize(ClientRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return registration with
        {
            DisplayName = registration.DisplayName ?? string.Empty,
            ClientType = registration.ClientType ?? string.Empty,
            GrantTypes = registration.GrantTypes ?? [],
            RedirectUris = registration.RedirectUris ?? [],
            PostLogoutRedirectUris = registration.PostLogoutRedirectUris ?? [],
            Scopes = registration.Scopes ?? [],
        };
    }

    private static bool IsAcceptableRedirect(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && string.IsNullOrEmpty(parsed.Fragment)
        && (parsed.Scheme == Uri.UriSchemeHttps || (parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback));
}
