using System.Text.Json;

namespace Sandbox.Identity.OpenIddict;

/// <summary>An OpenIddict authorization (a user's consent to a client) as stored in <see cref="OidcContainers.Authorizations"/>.</summary>
public sealed class OidcAuthorization : OidcDocument
{
    public string? ApplicationId { get; set; }

    public DateTimeOffset? CreationDate { get; set; }

    public IReadOnlyDictionary<string, JsonElement>? Properties { get; set; }

    public IReadOnlyList<string> Scopes { get; set; } = [];

    public string? Status { get; set; }

    public string? Subject { get; set; }

    public string? Type { get; set; }
}
