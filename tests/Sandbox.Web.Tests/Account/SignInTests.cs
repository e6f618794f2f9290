using System.Net;
using Sandbox.Identity.Audit;

namespace Sandbox.Web.Tests.Account;

public sealed class SignInTests(AccountApp app) : IClassFixture<AccountApp>
{
    [Fact]
    public async Task Signing_in_with_email_or_user_name_returns_to_the_local_page_asked_for()
    {
        var email = await app.NewAccountAsync();
        using var byEmail = app.NewSession();
        using var byUserName = app.NewSession();

        var first = await byEmail.SignInAsync(email.ToUpperInvariant(), path: "/Account/Login?returnUrl=%2Fstatus");
        var second = await byUserName.SignInAsync(email, path: "/Account/Login?ReturnUrl=%2FAccount%2FManage");

        Assert.Equal("/status", first.RedirectPath);
        Assert.Equal("/Account/Manage", second.RedirectPath);
        Assert.Equal(email, (await byEmail.GetAsync("/Account/Manage")).TestId("profile-email"));
    }

    [Fact]
    public async Task Signing_in_with_a_wrong_password_shows_a_message_and_does_not_sign_in()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();

        var refused = await session.SignInAsync(email, "Wrong-Horse-42");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Wrong e-mail, user name or password.", refused.TestId("status-message"));
        Assert.Equal(string.Empty, refused.ValueOf("Input.Password"));
        Assert.Equal("/Account/Login", (await session.GetAsync("/Account/Manage")).RedirectPath);
    }

    [Fact]
    public async Task Signing_in_to_an_unknown_account_shows_the_same_message()
    {
        using var session = app.NewSession();

        var refused = await session.SignInAsync(AccountApp.NewEmail());

        Assert.Equal("Wrong e-mail, user name or password.", refused.TestId("status-message"));
    }

    [Fact]
    public async Task Missing_fields_are_named_beside_them_and_a_typed_password_is_not_sent_back()
    {
        using var session = app.NewSession();

        var noPassword = await session.SignInAsync(AccountApp.NewEmail(), password: string.Empty);
        var noUserName = await session.SignInAsync(string.Empty);

        Assert.Equal(["Enter your password."], noPassword.MessagesBeside("Input.Password"));
        Assert.Equal(["Enter your e-mail address or user name."], noUserName.MessagesBeside("Input.UserName"));
        Assert.Equal(string.Empty, noUserName.ValueOf("Input.Password"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_the_right_password_is_refused_too()
    {
        var email = await app.NewAccountAsync();
        var user = await app.UserAsync(email);
        using var session = app.NewSession();

        for (var attempt = 1; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await session.SignInAsync(email, "Wrong-Horse-42")).Status);
        }

        var fifth = await session.SignInAsync(email, "Wrong-Horse-42");
        var right = await session.SignInAsync(email);

        Assert.Equal("/Account/Lockout", fifth.RedirectPath);
        Assert.Equal("/Account/Lockout", right.RedirectPath);
        var lockout = await session.FollowAsync(right);
        Assert.Contains("Try again in 15 minutes", lockout.TestId("lockout"), StringComparison.Ordinal);
        Assert.Equal("/Account/Login", (await session.GetAsync("/Account/Manage")).RedirectPath);
        Assert.Equal(4, (await app.AuditEventsAsync(user.Id, AuditEventTypes.SignInFailed)).Count);
        Assert.Equal(2, (await app.AuditEventsAsync(user.Id, AuditEventTypes.LockedOut)).Count);
        Assert.Empty(await app.AuditEventsAsync(user.Id, AuditEventTypes.SignInSucceeded));
    }

    [Fact]
    public async Task Sign_in_successes_and_failures_are_audited_with_their_method()
    {
        var email = await app.NewAccountAsync();
        var user = await app.UserAsync(email);
        using var session = app.NewSession();

        await session.SignInAsync(email, "Wrong-Horse-42");
        await session.SignInAsync(email);

        var failed = Assert.Single(await app.AuditEventsAsync(user.Id, AuditEventTypes.SignInFailed));
        var succeeded = Assert.Single(await app.AuditEventsAsync(user.Id, AuditEventTypes.SignInSucceeded));
        Assert.Equal((AuditOutcome.Failed, "password", "wrong credentials"), (failed.Outcome, failed.Details["method"], failed.Details["result"]));
        Assert.Equal((AuditOutcome.Succeeded, "password"), (succeeded.Outcome, succeeded.Details["method"]));
        Assert.True(failed.At < succeeded.At);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_url_to_another_site_lands_on_the_home_page(string returnUrl)
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();

        var signedIn = await session.SignInAsync(email, path: "/Account/Login?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal("/", signedIn.RedirectPath);
        Assert.Equal("localhost", signedIn.Location!.Host);
    }

    [Fact]
    public async Task Posting_the_sign_in_form_without_the_antiforgery_token_is_refused()
    {
        var email = await app.NewAccountAsync();
        var user = await app.UserAsync(email);
        using var session = app.NewSession();
        await session.GetAsync("/Account/Login");

        var forged = await session.PostAsync("/Account/Login", ("_handler", "login"), ("Input.UserName", email), ("Input.Password", AccountSteps.Password));

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal("/Account/Login", (await session.GetAsync("/Account/Manage")).RedirectPath);
        Assert.Empty(await app.AuditEventsAsync(user.Id, AuditEventTypes.SignInSucceeded));
    }

    [Theory]
    [InlineData("/Account/Manage")]
    [InlineData("/Account/Manage/ChangePassword")]
    [InlineData("/Account/Manage/TwoFactor")]
    [InlineData("/Account/Manage/EnableAuthenticator")]
    [InlineData("/Account/Manage/GenerateRecoveryCodes")]
    [InlineData("/Account/Manage/Disable2fa")]
    [InlineData("/Account/Manage/ResetAuthenticator")]
    public async Task Account_management_sends_visitors_to_sign_in_and_back(string path)
    {
        using var session = app.NewSession();

        var page = await session.GetAsync(path);

        Assert.Equal("/Account/Login", page.RedirectPath);
        Assert.Equal("?ReturnUrl=" + Uri.EscapeDataString(path), page.Location!.Query);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);

        await session.SignOutAsync();

        Assert.Equal("/Account/Login", (await session.GetAsync("/Account/Manage")).RedirectPath);
    }
}
