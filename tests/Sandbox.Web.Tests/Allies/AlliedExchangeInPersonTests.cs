using System.Net;
using Sandbox.Domain.Access;
using Sandbox.Web.Seed;
using Sandbox.Web.Tests.Account;

namespace Sandbox.Web.Tests.Allies;

/// <summary>People signed in to the app: administrators (second factor) may exchange, other roles may not.</summary>
public sealed class AlliedExchangeInPersonTests(AccountApp app) : IClassFixture<AccountApp>
{
    [Theory]
    [InlineData(SandboxRoles.Administrator, HttpStatusCode.OK)]
    [InlineData(SandboxRoles.Regulator, HttpStatusCode.Forbidden)]
    [InlineData(SandboxRoles.Applicant, HttpStatusCode.Forbidden)]
    public async Task Only_an_administrator_in_person_exports(string role, HttpStatusCode expected)
    {
        var user = DemoAccounts.Users.First(u => u.Role == role);
        using var session = app.NewSession();
        if (SandboxRoles.RequiresTwoFactor([role]))
        {
            await session.SignInWithCodeAsync(user.Email, DemoAccounts.AuthenticatorKey, password: DemoAccounts.Password);
        }
        else
        {
            await session.SignInAsync(user.Email, DemoAccounts.Password);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/allies/exchange", UriKind.Relative));
        using var response = await session.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }
}
