using System.Net;
using Sandbox.Domain.Access;
using Sandbox.Identity.Audit;

namespace Sandbox.Web.Tests.Account;

/// <summary>Roles whose policies demand a second factor (<see cref="SandboxRoles.RequiringTwoFactor"/>).</summary>
public sealed class PrivilegedRoleTests(AccountApp app) : IClassFixture<AccountApp>
{
    [Fact]
    public async Task A_regulator_without_two_factor_is_sent_to_set_it_up_after_sign_in()
    {
        var email = await app.NewAccountAsync();
        await app.GrantRoleAsync(email, SandboxRoles.Regulator);
        using var session = app.NewSession();

        var signedIn = await session.SignInAsync(email, path: "/Account/Login?returnUrl=%2Fstatus");

        Assert.Equal("/Account/Manage/TwoFactor", signedIn.RedirectPath);
        var setup = await session.FollowAsync(signedIn);
        Assert.StartsWith("Your role requires two-factor sign-in.", setup.TestId("status-message"), StringComparison.Ordinal);
        Assert.Contains("Your role (Regulator) requires two-factor sign-in", setup.TestId("session-assurance"), StringComparison.Ordinal);
        Assert.Contains("Two-factor sign-in is off", setup.TestId("two-factor-state"), StringComparison.Ordinal);
        Assert.Empty((await session.GetAsync("/Account/Manage/TwoFactor")).TestIds("status-message"));
    }

    [Theory]
    [InlineData("/cases")]
    [InlineData("/cases/any-case")]
    public async Task A_regulator_without_a_second_factor_cannot_open_the_case_pages(string path)
    {
        var email = await app.NewAccountAsync();
        await app.GrantRoleAsync(email, SandboxRoles.Regulator);
        using var session = app.NewSession();
        await session.SignInAsync(email);

        var page = await session.GetAsync(path);

        Assert.True(page.IsRedirect, $"{path} answered {page.Status}");
        Assert.StartsWith("/Account/", page.RedirectPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applicant_without_two_factor_is_not_sent_to_set_it_up()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();

        var signedIn = await session.SignInAsync(email, path: "/Account/Login?returnUrl=%2Fstatus");

        Assert.Equal("/status", signedIn.RedirectPath);
    }

    [Fact]
    public async Task A_regulator_who_signs_in_with_the_code_has_a_second_factor_session_and_no_remember_option()
    {
        var email = await app.NewAccountAsync();
        await app.GrantRoleAsync(email, SandboxRoles.Regulator);
        using var session = app.NewSession();
        await session.SignInAsync(email);
        var (key, _) = await session.EnableAuthenticatorAsync();
        await session.SignOutAsync();

        var password = await session.SignInAsync(email);
        var challenge = await session.FollowAsync(password);
        var signedIn = await session.SubmitAsync(challenge, "login-with-2fa", ("Input.Code", AccountSteps.CurrentCode(key)), ("Input.RememberMachine", "true"));

        Assert.Null(challenge.Document.QuerySelector("[name='Input.RememberMachine']"));
        Assert.Equal("/", signedIn.RedirectPath);
        Assert.Equal("This sign-in used your authenticator app.", (await session.GetAsync("/Account/Manage/TwoFactor")).TestId("session-assurance"));
        await session.SignOutAsync();
        Assert.Equal("/Account/LoginWith2fa", (await session.SignInAsync(email)).RedirectPath);
    }

    [Fact]
    public async Task A_regulator_is_not_offered_to_turn_two_factor_sign_in_off()
    {
        var email = await app.NewAccountAsync();
        await app.GrantRoleAsync(email, SandboxRoles.SeniorRegulator);
        using var session = app.NewSession();
        await session.SignInAsync(email);
        await session.EnableAuthenticatorAsync();

        var page = await session.GetAsync("/Account/Manage/Disable2fa");
        var status = await session.GetAsync("/Account/Manage/TwoFactor");

        Assert.Contains("cannot be turned off", page.TestId("disable-refused"), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => page.Form("disable-2fa"));
        Assert.Null(status.Document.QuerySelector("a[href='/Account/Manage/Disable2fa']"));
        Assert.Contains("cannot be turned off", status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_disable_post_for_a_regulator_is_refused()
    {
        var email = await app.NewAccountAsync();
        await app.GrantRoleAsync(email, SandboxRoles.Administrator);
        using var session = app.NewSession();
        await session.SignInAsync(email);
        await session.EnableAuthenticatorAsync();
        var page = await session.GetAsync("/Account/Manage/Disable2fa");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var forged = await session.PostAsync("/Account/Manage/Disable2fa", ("_handler", "disable-2fa"), ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        var user = await app.UserAsync(email);
        Assert.True(user.TwoFactorEnabled);
        Assert.DoesNotContain(await app.AuditEventsAsync(user.Id, AuditEventTypes.TwoFactorChanged), e => e.Details["change"] == "disabled");
    }

    [Fact]
    public async Task A_browser_remembered_before_the_role_was_granted_no_longer_skips_the_code()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);
        var (key, _) = await session.EnableAuthenticatorAsync();
        await session.SignOutAsync();
        await session.SignInWithCodeAsync(email, key, rememberMachine: true);
        await session.SignOutAsync();
        await app.GrantRoleAsync(email, SandboxRoles.Regulator);

        var remembered = await session.SignInAsync(email);
        var again = await session.SignInAsync(email);

        Assert.Contains("this browser is no longer remembered", remembered.TestId("status-message"), StringComparison.Ordinal);
        Assert.Equal("/Account/Login", (await session.GetAsync("/Account/Manage")).RedirectPath);
        Assert.Equal("/Account/LoginWith2fa", again.RedirectPath);
    }
}
