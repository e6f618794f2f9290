using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Identity.Users;
using Sandbox.Web.Seed;
using Sandbox.Web.Tests.Account;

namespace Sandbox.Web.Tests.Security;

/// <summary>Sessions of privileged people: the second factor outlives cookie refreshes; cross-site posts are refused; guesses in parallel still lock.</summary>
public sealed class SessionSecurityTests : FakeClockAppTests
{
    [Fact]
    public async Task An_administrators_second_factor_survives_the_periodic_security_stamp_check()
    {
        using var admin = new BrowserSession(Factory);
        await admin.SignInWithCodeAsync("admin@sandbox.demo", DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, await GetStatusAsync(admin, "/api/admin/clients"));

        Time.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(HttpStatusCode.OK, await GetStatusAsync(admin, "/api/admin/clients"));
        Assert.Equal(HttpStatusCode.OK, await GetStatusAsync(admin, "/api/admin/clients"));
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task A_cookie_carried_api_post_from_another_site_is_refused(string header, string value)
    {
        using var admin = new BrowserSession(Factory);
        await admin.SignInWithCodeAsync("admin@sandbox.demo", DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/admin/clients/sandbox-demo-client/disable", UriKind.Relative));
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await GetStatusAsync(admin, "/api/admin/clients/sandbox-demo-client"));
        await using var scope = Factory.Services.CreateAsyncScope();
        var client = await scope.ServiceProvider.GetRequiredService<Sandbox.Identity.Clients.ClientRegistry>().GetAsync(DemoAccounts.ClientId);
        Assert.False(client!.Disabled);
    }

    [Fact]
    public async Task Wrong_passwords_guessed_in_parallel_still_lock_the_account()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var session = new BrowserSession(Factory);
            await session.SignInAsync("applicant@sandbox.demo", "Wrong-Password-" + i);
        }));

        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync("applicant@sandbox.demo"))!));
    }

    private static async Task<HttpStatusCode> GetStatusAsync(BrowserSession session, string path)
    {
        using var response = await session.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)));
        return response.StatusCode;
    }
}
