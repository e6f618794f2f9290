using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Access;
using Sandbox.Identity.Audit;
using Sandbox.Identity.DataProtection;
using Sandbox.Identity.Organizations;
using Sandbox.Identity.Users;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Hosting;

namespace Sandbox.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Accounts, organizations, audit and the shared Data Protection key ring, all on the document
    /// store. The web host adds cookies and pages on top.
    /// </summary>
    public static IdentityBuilder AddSandboxIdentityCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDocumentSet<SandboxUser>(UserContainers.Users);
        services.AddDocumentSet<UserKey>(UserContainers.Keys);
        services.AddDocumentSet<Organization>(OrganizationDirectory.Container);
        services.AddSandboxAudit();
        services.AddDocumentSet<DataProtectionKey>(DocumentXmlRepository.Container);
        services.AddSingleton<OrganizationDirectory>();

        services.AddDataProtection().SetApplicationName("Sandbox");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, provider) =>
            options.XmlRepository = new DocumentXmlRepository(provider.GetRequiredService<DocumentSet<DataProtectionKey>>));

        return services.AddIdentityCore<SandboxUser>(ConfigureIdentity)
            .AddUserStore<DocumentUserStore>()
            .AddUserManager<SandboxUserManager>()
            .AddClaimsPrincipalFactory<SandboxClaimsPrincipalFactory>()
            .AddSignInManager<AuditingSignInManager>()
            // Not AddDefaultTokenProviders: its phone provider needs a phone store, which accounts here do not have.
            .AddTokenProvider<DataProtectorTokenProvider<SandboxUser>>(TokenOptions.DefaultProvider)
            .AddTokenProvider<EmailTokenProvider<SandboxUser>>(TokenOptions.DefaultEmailProvider)
            .AddTokenProvider<AuthenticatorTokenProvider<SandboxUser>>(TokenOptions.DefaultAuthenticatorProvider);
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 6;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.ClaimsIdentity.RoleClaimType = SandboxClaimTypes.Role;
        options.ClaimsIdentity.UserNameClaimType = "preferred_username";
        options.ClaimsIdentity.UserIdClaimType = "sub";
    }
}
