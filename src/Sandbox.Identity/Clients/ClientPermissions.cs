using System.Collections.Immutable;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.Clients;

/// <summary>Translates a registration into OpenIddict permissions and back: a client may use exactly what it was granted.</summary>
internal static class ClientPermissions
{
    public static void Grant(OpenIddictApplicationDescriptor descriptor, ClientRegistration registration)
    {
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Endpoints.Revocation]);
        foreach (var grant in registration.GrantTypes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.GrantType + grant);
        }

        if (registration.GrantTypes.Contains(GrantTypes.AuthorizationCode))
        {
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession, Permissions.ResponseTypes.Code]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        foreach (var scope in registration.Scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        foreach (var uri in registration.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in registration.PostLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        }
    }

    public static IReadOnlyList<string> GrantTypesOf(ImmutableArray<string> permissions) => Stripped(permissions, Permissions.Prefixes.GrantType);

    public static IReadOnlyList<string> ScopesOf(ImmutableArray<string> permissions) => Stripped(permissions, Permissions.Prefixes.Scope);

    private static string[] Stripped(ImmutableArray<string> permissions, string prefix) =>
        [.. permissions.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p[prefix.Length..])];
}
