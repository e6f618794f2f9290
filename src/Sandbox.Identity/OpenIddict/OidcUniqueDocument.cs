using System.Text.Json.Serialization;

namespace Sandbox.Identity.OpenIddict;

/// <summary>A document holding a value no other document of its kind may hold: a client id, a scope name.</summary>
public abstract class OidcUniqueDocument : OidcDocument
{
    [JsonIgnore]
    internal abstract string? UniqueValue { get; set; }

    /// <summary>The value the stored version holds, whose key an update or delete must move or release.</summary>
    [JsonIgnore]
    internal string? StoredUniqueValue { get; private set; }

    internal override void Stored(string etag)
    {
        base.Stored(etag);
        StoredUniqueValue = UniqueValue;
    }
}
