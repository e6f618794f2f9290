using System.Collections.Immutable;
using System.Text.Json;
using static Sandbox.Identity.OpenIddict.OidcAccessors;

namespace Sandbox.Identity.OpenIddict;

internal sealed partial class OidcTokenStore
{
    public ValueTask<string?> GetApplicationIdAsync(OidcToken token, CancellationToken cancellationToken) => new(Entity(token).ApplicationId);

    public ValueTask<string?> GetAuthorizationIdAsync(OidcToken token, CancellationToken cancellationToken) => new(Entity(token).AuthorizationId);

    public ValueTask<DateTimeOffset?> GetCreationDateAsync(OidcToken token, CancellationToken cancellationToken) => new(Entity(token).CreationDate);

    public ValueTask<DateTimeOffset?> GetExpirationDateAsync(OidcToken token, CancellationToken cancellationToken) => new(Entity(token).ExpirationDate);

    public ValueTask<string?> GetIdAsync(OidcToken token, CancellationToken cancellationToken) => new(Entity(token).Id);

    public ValueTask<string?> GetPayloadAsync(OidcToken token, CancellationToken cancellationToken) => new(Entity(token).Payload);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OidcToken token, CancellationToken cancellationToken) =>
        new(OidcValues.ToImmutable(Entity(token).Properties));

    public ValueTask<DateTimeOffset?> GetRedemptionDateAsync(OidcToken token, CancellationToken cancellationToken) => new(Entity(token).RedemptionDate);

    public ValueTask<string?> GetReferenceIdAsync(OidcToken token, CancellationToken cancellationToken) => new(Entity(token).ReferenceId);

    public ValueTask<string?> GetStatusAsync(OidcToken token, CancellationToken cancellationToken) => new(Entity(token).Status);

    public ValueTask<string?> GetSubjectAsync(OidcToken token, CancellationToken cancellationToken) => new(Entity(token).Subject);

    public ValueTask<string?> GetTypeAsync(OidcToken token, CancellationToken cancellationToken) => new(Entity(token).Type);

    public ValueTask SetApplicationIdAsync(OidcToken token, string? identifier, CancellationToken cancellationToken) =>
        Set(() => Entity(token).ApplicationId = identifier);

    public ValueTask SetAuthorizationIdAsync(OidcToken token, string? identifier, CancellationToken cancellationToken) =>
        Set(() => Entity(token).AuthorizationId = identifier);

    public ValueTask SetCreationDateAsync(OidcToken token, DateTimeOffset? date, CancellationToken cancellationToken) =>
        Set(() => Entity(token).CreationDate = OidcValues.Utc(date));

    public ValueTask SetExpirationDateAsync(OidcToken token, DateTimeOffset? date, CancellationToken cancellationToken) =>
        Set(() => Entity(token).ExpirationDate = OidcValues.Utc(date));

    public ValueTask SetPayloadAsync(OidcToken token, string? payload, CancellationToken cancellationToken) =>
        Set(() => Entity(token).Payload = payload);

    public ValueTask SetPropertiesAsync(OidcToken token, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken) =>
        Set(() => Entity(token).Properties = OidcValues.FromImmutable(properties));

    public ValueTask SetRedemptionDateAsync(OidcToken token, DateTimeOffset? date, CancellationToken cancellationToken) =>
        Set(() => Entity(token).RedemptionDate = OidcValues.Utc(date));

    public ValueTask SetReferenceIdAsync(OidcToken token, string? identifier, CancellationToken cancellationToken) =>
        Set(() => Entity(token).ReferenceId = identifier);

    public ValueTask SetStatusAsync(OidcToken token, string? status, CancellationToken cancellationToken) =>
        Set(() => Entity(token).Status = status);

    public ValueTask SetSubjectAsync(OidcToken token, string? subject, CancellationToken cancellationToken) =>
        Set(() => Entity(token).Subject = subject);

    public ValueTask SetTypeAsync(OidcToken token, string? type, CancellationToken cancellationToken) =>
        Set(() => Entity(token).Type = type);
}
