using System.Text.Json;

namespace Sandbox.Identity.OpenIddict;

/// <summary>An OpenIddict scope as stored in <see cref="OidcContainers.Scopes"/>.</summary>
public sealed class OidcScope : OidcUniqueDocument
{
    public string? Description { get; set; }

    /// <summary>Descriptions by culture name.</summary>
    public IReadOnlyDictionary<string, string>? Descriptions { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>Display names by culture name.</summary>
    public IReadOnlyDictionary<string, string>? DisplayNames { get; set; }

    public string? Name { get; set; }

    public IReadOnlyDictionary<string, JsonElement>? Properties { get; set; }

    public IReadOnlyList<string> Resources { get; set; } = [];

    internal override string? UniqueValue
    {
        get => Name;
        set => Name = value;
    }
}
