namespace Sandbox.Identity.OAuth;

/// <summary>The API scopes this server issues beyond the OpenID Connect ones.</summary>
public static class OAuthScopes
{
    /// <summary>Call the app's JSON API as the signed-in user, or as the client itself.</summary>
    public const string Api = "sandbox.api";

    /// <summary>Register and disable OAuth clients (sandbox provisioning, administrators' tools).</summary>
    public const string Admin = "sandbox.admin";

    /// <summary>Export and import allied exchange documents (denials, suspensions, revocations) as an allied authority's client.</summary>
    public const string AlliedExchange = "allies.exchange";

    public static IReadOnlyList<string> All { get; } = [Api, Admin, AlliedExchange];
}
