using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Sandbox.Identity.Users;
using Sandbox.Web.Seed;

namespace Sandbox.Web.Tests;

/// <summary>What a production start must never have: the demo accounts and the demo client.</summary>
public sealed class ProductionTests
{
    [Fact]
    public async Task Sqlite_production_start_seeds_no_demo_accounts_and_no_demo_client()
    {
        await using var production = new SandboxAppFactory(environment: "Production");
        using var client = production.CreateClient();
        Assert.True((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode);
        await using var scope = production.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();

        foreach (var demo in DemoAccounts.Users)
        {
            Assert.Null(await users.FindByEmailAsync(demo.Email));
        }

        Assert.Null(await applications.FindByClientIdAsync(DemoAccounts.ClientId));
    }

    [Fact]
    public async Task Sqlite_development_start_seeds_one_demo_account_per_role()
    {
        await using var development = new SandboxAppFactory();
        using var client = development.CreateClient();
        Assert.True((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode);
        await using var scope = development.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();

        var roles = new List<string>();
        foreach (var demo in DemoAccounts.Users)
        {
            roles.AddRange((await users.FindByEmailAsync(demo.Email))!.Roles);
        }

        Assert.Equal(Sandbox.Domain.Access.SandboxRoles.All.Order(), roles.Distinct().Order());
    }
}
