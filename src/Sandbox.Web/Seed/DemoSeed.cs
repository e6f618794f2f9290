using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using Sandbox.Domain.Access;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.OAuth;
using Sandbox.Identity.Organizations;
using Sandbox.Identity.Users;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Web.Seed;

/// <summary>Creates the demo organizations, one user per role and the demo client, once; existing ones are left alone.</summary>
public sealed partial class DemoSeed(IServiceScopeFactory scopes, ILogger<DemoSeed> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await SeedOrganizationsAsync(services.GetRequiredService<DocumentSet<Organization>>(), cancellationToken);
        var users = services.GetRequiredService<UserManager<SandboxUser>>();
        foreach (var demo in DemoAccounts.Users)
        {
            await SeedUserAsync(users, demo);
        }

        await SeedClientAsync(services.GetRequiredService<IOpenIddictApplicationManager>(), cancellationToken);
        await ActivatorUtilities.CreateInstance<DemoScreeningList>(services).SeedAsync(cancellationToken);
        await ActivatorUtilities.CreateInstance<DemoApplications>(services).SeedAsync(cancellationToken);
        LogSeeded(logger, DemoAccounts.Users.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task SeedOrganizationsAsync(DocumentSet<Organization> organizations, CancellationToken cancellationToken)
    {
        foreach (var organization in DemoAccounts.Organizations)
        {
            var seeded = organization.Type == OrganizationType.HumanitarianOrganization
                ? organization.VerifyHumanitarian(new Verification("demo-seed", organization.RegisteredAt, "Demo data: verified humanitarian organization"))
                : organization;
            try
            {
                await organizations.CreateAsync(seeded, cancellationToken: cancellationToken);
            }
            catch (DocumentConflictException)
            {
                // Seeded on an earlier run.
            }
        }
    }

    private static async Task SeedUserAsync(UserManager<SandboxUser> users, DemoUser demo)
    {
        if (await users.FindByEmailAsync(demo.Email) is not null)
        {
            return;
        }

        var user = new SandboxUser
        {
            UserName = demo.Email,
            Email = demo.Email,
            EmailConfirmed = true,
            DisplayName = demo.DisplayName,
            OrganizationId = demo.OrganizationId,
            Roles = [demo.Role],
        };
        if (SandboxRoles.RequiresTwoFactor([demo.Role]))
        {
            user.TwoFactorEnabled = true;
            user.AuthenticatorKey = DemoAccounts.AuthenticatorKey;
        }

        var result = await users.CreateAsync(user, DemoAccounts.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo user {demo.Email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private static async Task SeedClientAsync(IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(DemoAccounts.ClientId, cancellationToken) is not null)
        {
            return;
        }

        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = DemoAccounts.ClientId,
            ClientSecret = DemoAccounts.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Demo confidential client",
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.Endpoints.Introspection,
                Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + OAuthScopes.Api,
            },
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data seeded ({Users} users, demo client, demo applications): Development only, never in production")]
    private static partial void LogSeeded(ILogger logger, int users);
}
