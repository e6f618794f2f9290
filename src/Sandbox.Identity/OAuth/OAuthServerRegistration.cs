using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Identity.OpenIddict;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.OAuth;

public static class OAuthServerRegistration
{
    /// <summary>
    /// The OpenIddict server on the document store, and its validation for this app's own API.
    /// Access and refresh tokens are reference tokens (ADR-005): revoking one stops it on the next request.
    /// </summary>
    public static IServiceCollection AddSandboxOAuthServer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OAuthServerOptions>().BindConfiguration(OAuthServerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(OAuthServerOptions.Section).Get<OAuthServerOptions>() ?? new OAuthServerOptions();

        services.AddOpenIddict()
            .AddCore(core => core.UseDocumentStore())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession");
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                server.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, .. OAuthScopes.All]);
                server.UseReferenceAccessTokens().UseReferenceRefreshTokens();
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(settings.AccessTokenLifetimeMinutes))
                    .SetRefreshTokenLifetime(TimeSpan.FromHours(settings.RefreshTokenLifetimeHours))
                    .SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(settings.AuthorizationCodeLifetimeMinutes));
                AddKeys(server, settings);
                server.AddEventHandler(AuditRevocationHandler.Descriptor);

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (settings.AllowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.EnableAuthorizationEntryValidation();
                validation.UseAspNetCore();
            });

        services.AddHostedService<TokenPruningService>();
        return services;
    }

    private static void AddKeys(OpenIddictServerBuilder server, OAuthServerOptions settings)
    {
        switch (settings.KeySource)
        {
            case OAuthKeySource.Development:
                server.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
                break;
            case OAuthKeySource.Ephemeral:
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                break;
            default:
                // Missing files are reported by OAuthServerOptions validation when the app starts.
                if (Load(settings.SigningCertificatePath, settings.SigningCertificatePassword) is { } signing
                    && Load(settings.EncryptionCertificatePath, settings.EncryptionCertificatePassword) is { } encryption)
                {
                    server.AddSigningCertificate(signing).AddEncryptionCertificate(encryption);
                }
                else
                {
                    server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                }

                break;
        }
    }

    private static X509Certificate2? Load(string? path, string? password) =>
        string.IsNullOrWhiteSpace(path) || !File.Exists(path)
            ? null
            : X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
}
