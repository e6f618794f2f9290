using Microsoft.Playwright;
using Sandbox.Testing.Identity;

namespace Sandbox.EndToEnd.Tests;

/// <summary>The demo administrator in a real browser: password, authenticator code, then the OAuth clients page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdministratorTests(BrowserFixture browser)
{
    // The Development demo seed (README): every demo password, and the authenticator secret of privileged roles.
    private const string DemoPassword = "Sandbox-Demo-2026";
    private const string DemoAuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    [Fact]
    public async Task The_administrator_signs_in_with_a_second_factor_and_sees_the_registered_clients()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.Page.GotoAsync("/admin/clients");
        await Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));

        await tab.Page.FillAsync("#login-user-name", "admin@sandbox.demo");
        await tab.Page.FillAsync("#login-password", DemoPassword);
        await tab.Page.Locator("form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/LoginWith2fa"));
        await tab.Page.FillAsync("#two-factor-code", Totp.Code(DemoAuthenticatorKey, TimeProvider.System.GetUtcNow()));
        await tab.Page.Locator("form button[type=submit]").First.ClickAsync();

        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("OAuth clients");
        await Assertions.Expect(tab.Page.Locator("[data-testid=clients-table]")).ToContainTextAsync("sandbox-demo-client");
        await Assertions.Expect(tab.Page.Locator("[data-testid=signed-in-as]")).ToHaveTextAsync("Ari Administrator");
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }
}
