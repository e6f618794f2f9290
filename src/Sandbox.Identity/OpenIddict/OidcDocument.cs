using System.Text.Json.Serialization;

namespace Sandbox.Identity.OpenIddict;

/// <summary>
/// What every OpenIddict document shares: an id that is also its partition key (so every lookup
/// by id is a point read), and the ETag of the version read, sent back with every update and delete.
/// </summary>
public abstract class OidcDocument
{
    // Version 7 ids sort by creation time, which keeps count/offset listings in creation order.
    public string Id { get; set; } = Guid.CreateVersion7().ToString();

    public string PartitionKey => Id;

    [JsonIgnore]
    public string? ETag { get; set; }

    /// <summary>Called when the document was read or written, to remember what the store now holds.</summary>
    internal virtual void Stored(string etag) => ETag = etag;
}
