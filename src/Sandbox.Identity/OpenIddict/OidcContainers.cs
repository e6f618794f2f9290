using Sandbox.Storage.Documents;
using F = Sandbox.Identity.OpenIddict.OidcFields;

namespace Sandbox.Identity.OpenIddict;

/// <summary>
/// Where OpenIddict's data lives. Every entry is its own partition (its id), so lookups by id are
/// point reads and everything else is a cross-partition query on the fields declared here.
/// </summary>
public static class OidcContainers
{
    public static ContainerDefinition Applications { get; } = new(
        "oidc-applications", "/partitionKey", [F.RedirectUris, F.PostLogoutRedirectUris]);

    public static ContainerDefinition Authorizations { get; } = new(
        "oidc-authorizations", "/partitionKey", [F.ApplicationId, F.Subject, F.Status, F.Type, F.CreationDate, F.Scopes]);

    public static ContainerDefinition Scopes { get; } = new(
        "oidc-scopes", "/partitionKey", [F.Name, F.Resources]);

    public static ContainerDefinition Tokens { get; } = new(
        "oidc-tokens", "/partitionKey",
        [F.ApplicationId, F.AuthorizationId, F.Subject, F.Status, F.Type, F.ReferenceId, F.CreationDate, F.ExpirationDate]);

    /// <summary>Claims on unique values (client ids, scope names), one partition per value.</summary>
    public static ContainerDefinition UniqueKeys { get; } = new("oidc-unique-keys", "/id");
}
