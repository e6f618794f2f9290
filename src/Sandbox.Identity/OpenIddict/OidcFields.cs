namespace Sandbox.Identity.OpenIddict;

/// <summary>The JSON names (camelCase, as <c>StorageJson</c> writes them) of the fields the stores query on.</summary>
internal static class OidcFields
{
    public const string ApplicationId = "applicationId";
    public const string AuthorizationId = "authorizationId";
    public const string CreationDate = "creationDate";
    public const string ExpirationDate = "expirationDate";
    public const string Name = "name";
    public const string PostLogoutRedirectUris = "postLogoutRedirectUris";
    public const string RedirectUris = "redirectUris";
    public const string ReferenceId = "referenceId";
    public const string Resources = "resources";
    public const string Scopes = "scopes";
    public const string Status = "status";
    public const string Subject = "subject";
    public const string Type = "type";
}
