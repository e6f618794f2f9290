using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Hosting;

namespace Sandbox.Identity.OpenIddict;

public static class OpenIddictDocumentStoreExtensions
{
    /// <summary>
    /// Keeps OpenIddict's applications, authorizations, scopes and tokens in the configured document
    /// store (embedded SQLite or Cosmos DB), declaring the <see cref="OidcContainers"/> to create at start-up.
    /// </summary>
    public static OpenIddictCoreBuilder UseDocumentStore(this OpenIddictCoreBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetDefaultApplicationEntity<OidcApplication>()
            .SetDefaultAuthorizationEntity<OidcAuthorization>()
            .SetDefaultScopeEntity<OidcScope>()
            .SetDefaultTokenEntity<OidcToken>()
            .ReplaceApplicationStore<OidcApplication, OidcApplicationStore>(ServiceLifetime.Scoped)
            .ReplaceAuthorizationStore<OidcAuthorization, OidcAuthorizationStore>(ServiceLifetime.Scoped)
            .ReplaceScopeStore<OidcScope, OidcScopeStore>(ServiceLifetime.Scoped)
            .ReplaceTokenStore<OidcToken, OidcTokenStore>(ServiceLifetime.Scoped);

        var services = builder.Services;
        services.TryAddSingleton<OidcUniqueKeys>();
        if (!services.Any(service => service.ServiceType == typeof(DocumentSet<OidcApplication>)))
        {
            services.AddDocumentSet<OidcApplication>(OidcContainers.Applications)
                .AddDocumentSet<OidcAuthorization>(OidcContainers.Authorizations)
                .AddDocumentSet<OidcScope>(OidcContainers.Scopes)
                .AddDocumentSet<OidcToken>(OidcContainers.Tokens)
                .AddDocumentSet<OidcUniqueKey>(OidcContainers.UniqueKeys);
        }

        return builder;
    }
}
