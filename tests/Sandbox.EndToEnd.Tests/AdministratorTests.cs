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

        await SignInAsAdministratorAsync(tab, "/admin/clients");

        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("OAuth clients");
        await Assertions.Expect(tab.Page.Locator("[data-testid=clients-table]")).ToContainTextAsync("sandbox-demo-client");
        await Assertions.Expect(tab.Page.Locator("[data-testid=signed-in-as]")).ToHaveTextAsync("Ari Administrator");
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task The_administrator_verifies_a_research_institution_as_a_partner_with_a_reason()
    {
        await using var tab = await browser.NewPageAsync();
        await SignInAsAdministratorAsync(tab, "/admin/organizations");
        var row = tab.Page.Locator("[data-testid=organizations-table] tr", new() { HasText = "Demo University Signal Lab" });
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = "Verify…" })).ToBeEnabledAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = "Verify…" }).ClickAsync();
        await tab.Page.Locator("[data-testid=verification-form] textarea").FillAsync("Signed partnership charter, audited 2026");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Record verification" }).ClickAsync();

        await Assertions.Expect(row).ToContainTextAsync("Partner");
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    [Fact]
    public async Task A_client_registered_in_the_page_shows_its_secret_once()
    {
        await using var tab = await browser.NewPageAsync();
        await SignInAsAdministratorAsync(tab, "/admin/clients");
        var register = tab.Page.GetByRole(AriaRole.Button, new() { Name = "Register" });
        await Assertions.Expect(tab.Page.Locator("[data-testid=clients-table]")).ToContainTextAsync("sandbox-demo-client");

        await tab.Page.GetByLabel("Display name").FillAsync("Border telemetry notebook");
        await Assertions.Expect(register).ToBeEnabledAsync();
        await register.ClickAsync();

        var secret = tab.Page.Locator("[data-testid=new-client-secret]");
        await Assertions.Expect(secret).ToContainTextAsync("will not be shown again");
        await Assertions.Expect(tab.Page.Locator("[data-testid=clients-table]")).ToContainTextAsync("Border telemetry notebook");
        await tab.Page.ReloadAsync();
        await Assertions.Expect(tab.Page.Locator("[data-testid=clients-table]")).ToContainTextAsync("Border telemetry notebook");
        await Assertions.Expect(secret).ToHaveCountAsync(0);
        Assert.True(tab.Errors.Count == 0, string.Join(Environment.NewLine, tab.Errors));
    }

    private static async Task SignInAsAdministratorAsync(BrowserPage tab, string path)
    {
        await tab.Page.GotoAsync(path);
        await Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await tab.Page.FillAsync("#login-user-name", "admin@sandbox.demo");
        await tab.Page.FillAsync("#login-password", DemoPassword);
        await tab.Page.Locator("form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/LoginWith2fa"));
        await tab.Page.FillAsync("#two-factor-code", Totp.Code(DemoAuthenticatorKey, TimeProvider.System.GetUtcNow()));
        await tab.Page.Locator("form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(path + "$"));
        await tab.WaitForCircuitAsync();
    }
}
