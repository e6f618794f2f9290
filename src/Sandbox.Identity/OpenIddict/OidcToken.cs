using System.Text.Json;

namespace Sandbox.Identity.OpenIddict;

/// <summary>
/// An OpenIddict token entry as stored in <see cref="OidcContainers.Tokens"/>. Entries with an
/// expiration date carry a time to live, so they vanish a while after they expire even when
/// nobody prunes.
/// </summary>
public sealed class OidcToken : OidcDocument
{
    public string? ApplicationId { get; set; }

    public string? AuthorizationId { get; set; }

    public DateTimeOffset? CreationDate { get; set; }

    public DateTimeOffset? ExpirationDate { get; set; }

    public string? Payload { get; set; }

    public IReadOnlyDictionary<string, JsonElement>? Properties { get; set; }

    public DateTimeOffset? RedemptionDate { get; set; }

    /// <summary>The reference id as the token manager hands it over (already hashed).</summary>
    public string? ReferenceId { get; set; }

    public string? Status { get; set; }

    public string? Subject { get; set; }

    public string? Type { get; set; }
}
