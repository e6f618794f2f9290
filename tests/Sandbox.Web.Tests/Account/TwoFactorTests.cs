using System.Globalization;
using System.Net;
using Sandbox.Identity.Audit;

namespace Sandbox.Web.Tests.Account;

public sealed class TwoFactorTests(AccountApp app) : IClassFixture<AccountApp>
{
    [Fact]
    public async Task The_setup_page_shows_the_key_in_groups_of_four_and_the_authenticator_uri()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);

        var setup = await session.GetAsync("/Account/Manage/EnableAuthenticator");

        var user = await app.UserAsync(email);
        var shown = setup.TestId("shared-key");
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", shown);
        Assert.Equal(user.AuthenticatorKey, shown.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
        Assert.Equal(
            $"otpauth://totp/Sandbox:{Uri.EscapeDataString(email)}?secret={user.AuthenticatorKey}&issuer=Sandbox&digits=6",
            setup.TestId("authenticator-uri"));
    }

    [Fact]
    public async Task Enabling_an_authenticator_shows_the_recovery_codes_once_and_then_sign_in_asks_for_the_code()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);

        var (key, codes) = await session.EnableAuthenticatorAsync();

        Assert.Equal(10, codes.Count);
        Assert.All(codes, code => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", code));
        var status = await session.GetAsync("/Account/Manage/TwoFactor");
        Assert.Contains("Two-factor sign-in is on", status.TestId("two-factor-state"), StringComparison.Ordinal);
        Assert.Empty(status.TestIds("recovery-code"));
        Assert.All(codes, code => Assert.DoesNotContain(code, status.Text, StringComparison.Ordinal));
        Assert.Equal("/Account/Manage/TwoFactor", (await session.GetAsync("/Account/Manage/EnableAuthenticator")).RedirectPath);
        var user = await app.UserAsync(email);
        Assert.True(user.TwoFactorEnabled);
        Assert.Equal(10, user.RecoveryCodeHashes.Count);
        Assert.Empty(user.RecoveryCodeHashes.Intersect(codes));

        await session.SignOutAsync();
        var password = await session.SignInAsync(email);
        Assert.Equal("/Account/LoginWith2fa", password.RedirectPath);
        Assert.Equal("/Account/Login", (await session.GetAsync("/Account/Manage")).RedirectPath);
        var challenge = await session.FollowAsync(password);
        var wrong = await session.SubmitAsync(challenge, "login-with-2fa", ("Input.Code", OtherCode(AccountSteps.CurrentCode(key))));
        Assert.Contains("That code is not right", wrong.TestId("status-message"), StringComparison.Ordinal);
        var right = await session.SubmitAsync(challenge, "login-with-2fa", ("Input.Code", AccountSteps.CurrentCode(key)));
        Assert.Equal("/", right.RedirectPath);
        var session2fa = await session.GetAsync("/Account/Manage/TwoFactor");
        Assert.Equal("This sign-in used your authenticator app.", session2fa.TestId("session-assurance"));
        var signIns = await app.AuditEventsAsync(user.Id, AuditEventTypes.SignInSucceeded);
        Assert.Equal(["password", "authenticator"], signIns.Select(e => e.Details["method"]));
        Assert.Contains(await app.AuditEventsAsync(user.Id, AuditEventTypes.TwoFactorChanged), e => e.Details["change"] == "authenticator-enabled");
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_two_factor_sign_in_on()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);
        var setup = await session.GetAsync("/Account/Manage/EnableAuthenticator");

        var refused = await session.SubmitAsync(setup, "enable-authenticator", ("Input.Code", OtherCode(AccountSteps.CurrentCode(setup.TestId("shared-key")))));

        Assert.Contains("That code is not right", refused.TestId("status-message"), StringComparison.Ordinal);
        Assert.Empty(refused.TestIds("recovery-code"));
        Assert.False((await app.UserAsync(email)).TwoFactorEnabled);
        var letters = await session.SubmitAsync(setup, "enable-authenticator", ("Input.Code", "abcdef"));
        Assert.Equal(["The code has six digits."], letters.MessagesBeside("Input.Code"));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);
        var (_, codes) = await session.EnableAuthenticatorAsync();
        await session.SignOutAsync();

        var first = await SignInWithRecoveryCodeAsync(session, email, codes[3].ToLowerInvariant());
        await session.SignOutAsync();
        var second = await SignInWithRecoveryCodeAsync(session, email, codes[3]);

        Assert.Equal("/", first.RedirectPath);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("That recovery code is not valid, or it was used already.", second.TestId("status-message"));
        Assert.Equal("/Account/Login", (await session.GetAsync("/Account/Manage")).RedirectPath);
        Assert.Equal(9, (await app.UserAsync(email)).RecoveryCodeHashes.Count);
    }

    [Fact]
    public async Task New_recovery_codes_are_shown_once_and_replace_the_old_ones()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);
        var (_, oldCodes) = await session.EnableAuthenticatorAsync();

        var generated = await session.SubmitAsync("/Account/Manage/GenerateRecoveryCodes", "generate-recovery-codes");

        var newCodes = generated.TestIds("recovery-code");
        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));
        Assert.Empty((await session.GetAsync("/Account/Manage/GenerateRecoveryCodes")).TestIds("recovery-code"));
        await session.SignOutAsync();
        Assert.Equal(HttpStatusCode.OK, (await SignInWithRecoveryCodeAsync(session, email, oldCodes[0])).Status);
        Assert.Equal("/", (await SignInWithRecoveryCodeAsync(session, email, newCodes[0])).RedirectPath);
        var user = await app.UserAsync(email);
        Assert.Contains(await app.AuditEventsAsync(user.Id, AuditEventTypes.TwoFactorChanged), e => e.Details["change"] == "recovery-codes-regenerated");
    }

    [Fact]
    public async Task An_applicant_can_turn_two_factor_sign_in_off_again()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);
        await session.EnableAuthenticatorAsync();

        var disabled = await session.SubmitAsync("/Account/Manage/Disable2fa", "disable-2fa");

        Assert.Equal("/Account/Manage/TwoFactor", disabled.RedirectPath);
        Assert.Equal("Two-factor sign-in is off.", (await session.FollowAsync(disabled)).TestId("status-message"));
        Assert.False((await app.UserAsync(email)).TwoFactorEnabled);
        await session.SignOutAsync();
        Assert.Equal("/", (await session.SignInAsync(email)).RedirectPath);
        var user = await app.UserAsync(email);
        Assert.Contains(await app.AuditEventsAsync(user.Id, AuditEventTypes.TwoFactorChanged), e => e.Details["change"] == "disabled");
    }

    [Fact]
    public async Task Moving_to_another_app_makes_a_new_key_and_the_old_codes_stop_working()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);
        var (oldKey, _) = await session.EnableAuthenticatorAsync();

        var reset = await session.SubmitAsync("/Account/Manage/ResetAuthenticator", "reset-authenticator");

        Assert.Equal("/Account/Manage/EnableAuthenticator", reset.RedirectPath);
        var setup = await session.FollowAsync(reset);
        Assert.Contains("Your account has a new key", setup.TestId("status-message"), StringComparison.Ordinal);
        Assert.NotEqual(oldKey, setup.TestId("shared-key"));
        Assert.False((await app.UserAsync(email)).TwoFactorEnabled);
        var stale = await session.SubmitAsync(setup, "enable-authenticator", ("Input.Code", AccountSteps.CurrentCode(oldKey)));
        Assert.Contains("That code is not right", stale.TestId("status-message"), StringComparison.Ordinal);
        var (newKey, _) = await session.EnableAuthenticatorAsync();
        await session.SignOutAsync();
        await session.SignInWithCodeAsync(email, newKey);
    }

    [Fact]
    public async Task A_remembered_browser_skips_the_code_for_an_applicant()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);
        var (key, _) = await session.EnableAuthenticatorAsync();
        await session.SignOutAsync();
        await session.SignInWithCodeAsync(email, key, rememberMachine: true);
        await session.SignOutAsync();

        var again = await session.SignInAsync(email);

        Assert.Equal("/", again.RedirectPath);
    }

    private static async Task<HtmlPage> SignInWithRecoveryCodeAsync(BrowserSession session, string email, string code)
    {
        var password = await session.SignInAsync(email);
        Assert.Equal("/Account/LoginWith2fa", password.RedirectPath);
        var challenge = await session.FollowAsync(password);
        var link = challenge.Document.QuerySelector("a[href^='/Account/LoginWithRecoveryCode']")!.GetAttribute("href")!;
        return await session.SubmitAsync(link, "login-with-recovery-code", ("Input.RecoveryCode", code));
    }

    /// <summary>A six-digit code that is not <paramref name="code"/> (nor, in practice, a code of a neighbouring time step).</summary>
    private static string OtherCode(string code) =>
        ((int.Parse(code, CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
}
