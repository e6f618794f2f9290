using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using static Sandbox.Identity.OpenIddict.OidcAccessors;

namespace Sandbox.Identity.OpenIddict;

internal sealed partial class OidcScopeStore
{
    public ValueTask<string?> GetDescriptionAsync(OidcScope scope, CancellationToken cancellationToken) =>
        new(Entity(scope).Description);

    public ValueTask<ImmutableDictionary<CultureInfo, string>> GetDescriptionsAsync(OidcScope scope, CancellationToken cancellationToken) =>
        new(OidcValues.ToCultures(Entity(scope).Descriptions));

    public ValueTask<string?> GetDisplayNameAsync(OidcScope scope, CancellationToken cancellationToken) =>
        new(Entity(scope).DisplayName);

    public ValueTask<ImmutableDictionary<CultureInfo, string>> GetDisplayNamesAsync(OidcScope scope, CancellationToken cancellationToken) =>
        new(OidcValues.ToCultures(Entity(scope).DisplayNames));

    public ValueTask<string?> GetIdAsync(OidcScope scope, CancellationToken cancellationToken) =>
        new(Entity(scope).Id);

    public ValueTask<string?> GetNameAsync(OidcScope scope, CancellationToken cancellationToken) =>
        new(Entity(scope).Name);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OidcScope scope, CancellationToken cancellationToken) =>
        new(OidcValues.ToImmutable(Entity(scope).Properties));

    public ValueTask<ImmutableArray<string>> GetResourcesAsync(OidcScope scope, CancellationToken cancellationToken) =>
        new(OidcValues.ToImmutable(Entity(scope).Resources));

    public ValueTask SetDescriptionAsync(OidcScope scope, string? description, CancellationToken cancellationToken) =>
        Set(() => Entity(scope).Description = description);

    public ValueTask SetDescriptionsAsync(OidcScope scope, ImmutableDictionary<CultureInfo, string> descriptions, CancellationToken cancellationToken) =>
        Set(() => Entity(scope).Descriptions = OidcValues.FromCultures(descriptions));

    public ValueTask SetDisplayNameAsync(OidcScope scope, string? name, CancellationToken cancellationToken) =>
        Set(() => Entity(scope).DisplayName = name);

    public ValueTask SetDisplayNamesAsync(OidcScope scope, ImmutableDictionary<CultureInfo, string> names, CancellationToken cancellationToken) =>
        Set(() => Entity(scope).DisplayNames = OidcValues.FromCultures(names));

    public ValueTask SetNameAsync(OidcScope scope, string? name, CancellationToken cancellationToken) =>
        Set(() => Entity(scope).Name = name);

    public ValueTask SetPropertiesAsync(OidcScope scope, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken) =>
        Set(() => Entity(scope).Properties = OidcValues.FromImmutable(properties));

    public ValueTask SetResourcesAsync(OidcScope scope, ImmutableArray<string> resources, CancellationToken cancellationToken) =>
        Set(() => Entity(scope).Resources = OidcValues.FromImmutable(resources));
}
