using System.Net;
using System.Net.Http.Json;
using Sandbox.Domain.Access;
using Sandbox.Identity.OAuth;
using Sandbox.Web.Seed;
using Sandbox.Web.Tests.Account;

namespace Sandbox.Web.Tests.OAuth;

/// <summary>Every <c>/api</c> endpoint, for anonymous callers and for a signed-in person of every role (the demo accounts).</summary>
public sealed class ApiAuthorizationMatrixTests(AccountApp app) : IClassFixture<AccountApp>
{
    private const HttpStatusCode Anonymous = HttpStatusCode.Unauthorized;

    public static TheoryData<string?> Callers { get; } = new([null, .. DemoAccounts.Users.Select(u => u.Email)]);

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Each_endpoint_answers_each_role_as_its_policy_says(string? email)
    {
        var role = DemoAccounts.Users.SingleOrDefault(u => u.Email == email)?.Role;
        using var session = app.NewSession();
        if (email is not null)
        {
            await SignInAsync(session, email, role!);
        }

        var target = await OAuthTestClients.RegisterMachineClientAsync(app.Factory.Services, OAuthScopes.Api);
        var isAdministrator = role == SandboxRoles.Administrator;
        var member = email is null ? Anonymous : HttpStatusCode.OK;
        var admin = (HttpStatusCode ok) => email is null ? Anonymous : isAdministrator ? ok : HttpStatusCode.Forbidden;

        Assert.Equal(member, await StatusAsync(session, HttpMethod.Get, "/api/me"));
        Assert.Equal(admin(HttpStatusCode.OK), await StatusAsync(session, HttpMethod.Get, "/api/admin/clients"));
        Assert.Equal(admin(HttpStatusCode.Created), await StatusAsync(session, HttpMethod.Post, "/api/admin/clients",
            new { displayName = "Matrix client", clientType = "confidential", grantTypes = new[] { "client_credentials" }, scopes = new[] { OAuthScopes.Api } }));
        Assert.Equal(admin(HttpStatusCode.OK), await StatusAsync(session, HttpMethod.Get, $"/api/admin/clients/{target}"));
        Assert.Equal(admin(HttpStatusCode.OK), await StatusAsync(session, HttpMethod.Get, $"/api/admin/clients/{target}/tokens"));
        Assert.Equal(admin(HttpStatusCode.NotFound), await StatusAsync(session, HttpMethod.Post, "/api/admin/clients/tokens/no-such-token/revoke"));
        Assert.Equal(admin(HttpStatusCode.NoContent), await StatusAsync(session, HttpMethod.Post, $"/api/admin/clients/{target}/disable"));
    }

    private static async Task SignInAsync(BrowserSession session, string email, string role)
    {
        if (SandboxRoles.RequiresTwoFactor([role]))
        {
            await session.SignInWithCodeAsync(email, DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);
            return;
        }

        Assert.Equal("/", (await session.SignInAsync(email, DemoAccounts.Password)).RedirectPath);
    }

    private static async Task<HttpStatusCode> StatusAsync(BrowserSession session, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await session.SendAsync(request);
        return response.StatusCode;
    }
}
