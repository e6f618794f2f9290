using System.Collections.Immutable;
using System.Text.Json;
using static Sandbox.Identity.OpenIddict.OidcAccessors;

namespace Sandbox.Identity.OpenIddict;

internal sealed partial class OidcAuthorizationStore
{
    public ValueTask<string?> GetApplicationIdAsync(OidcAuthorization authorization, CancellationToken cancellationToken) =>
        new(Entity(authorization).ApplicationId);

    public ValueTask<DateTimeOffset?> GetCreationDateAsync(OidcAuthorization authorization, CancellationToken cancellationToken) =>
        new(Entity(authorization).CreationDate);

    public ValueTask<string?> GetIdAsync(OidcAuthorization authorization, CancellationToken cancellationToken) =>
        new(Entity(authorization).Id);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OidcAuthorization authorization, CancellationToken cancellationToken) =>
        new(OidcValues.ToImmutable(Entity(authorization).Properties));

    public ValueTask<ImmutableArray<string>> GetScopesAsync(OidcAuthorization authorization, CancellationToken cancellationToken) =>
        new(OidcValues.ToImmutable(Entity(authorization).Scopes));

    public ValueTask<string?> GetStatusAsync(OidcAuthorization authorization, CancellationToken cancellationToken) =>
        new(Entity(authorization).Status);

    public ValueTask<string?> GetSubjectAsync(OidcAuthorization authorization, CancellationToken cancellationToken) =>
        new(Entity(authorization).Subject);

    public ValueTask<string?> GetTypeAsync(OidcAuthorization authorization, CancellationToken cancellationToken) =>
        new(Entity(authorization).Type);

    public ValueTask SetApplicationIdAsync(OidcAuthorization authorization, string? identifier, CancellationToken cancellationToken) =>
        Set(() => Entity(authorization).ApplicationId = identifier);

    public ValueTask SetCreationDateAsync(OidcAuthorization authorization, DateTimeOffset? date, CancellationToken cancellationToken) =>
        Set(() => Entity(authorization).CreationDate = OidcValues.Utc(date));

    public ValueTask SetPropertiesAsync(OidcAuthorization authorization, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken) =>
        Set(() => Entity(authorization).Properties = OidcValues.FromImmutable(properties));

    public ValueTask SetScopesAsync(OidcAuthorization authorization, ImmutableArray<string> scopes, CancellationToken cancellationToken) =>
        Set(() => Entity(authorization).Scopes = OidcValues.FromImmutable(scopes));

    public ValueTask SetStatusAsync(OidcAuthorization authorization, string? status, CancellationToken cancellationToken) =>
        Set(() => Entity(authorization).Status = status);

    public ValueTask SetSubjectAsync(OidcAuthorization authorization, string? subject, CancellationToken cancellationToken) =>
        Set(() => Entity(authorization).Subject = subject);

    public ValueTask SetTypeAsync(OidcAuthorization authorization, string? type, CancellationToken cancellationToken) =>
        Set(() => Entity(authorization).Type = type);
}
