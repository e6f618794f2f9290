using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sandbox.Testing.Identity;

namespace Sandbox.EndToEnd.Tests;

/// <summary>Signs a demo account in through the login pages (and its second factor), landing on <c>path</c>.</summary>
internal static class DemoSignIn
{
    public const string Password = "Sandbox-Demo-2026";
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public static async Task SignInAsync(BrowserPage tab, string email, string path, bool secondFactor)
    {
        await tab.Page.GotoAsync(path);
        await Assertions.Expect(tab.Page).ToHaveURLAsync(new Regex("/Account/Login"));
        await tab.Page.FillAsync("#login-user-name", email);
        await tab.Page.FillAsync("#login-password", Password);
        await tab.Page.Locator("form button[type=submit]").First.ClickAsync();
        if (secondFactor)
        {
            await Assertions.Expect(tab.Page).ToHaveURLAsync(new Regex("/Account/LoginWith2fa"));
            await tab.Page.FillAsync("#two-factor-code", Totp.Code(AuthenticatorKey, TimeProvider.System.GetUtcNow()));
            await tab.Page.Locator("form button[type=submit]").First.ClickAsync();
        }

        await Assertions.Expect(tab.Page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
        await tab.WaitForCircuitAsync();
    }
}
