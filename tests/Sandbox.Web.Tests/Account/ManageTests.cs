using System.Net;
using Sandbox.Identity.Audit;

namespace Sandbox.Web.Tests.Account;

public sealed class ManageTests(AccountApp app) : IClassFixture<AccountApp>
{
    [Fact]
    public async Task The_profile_shows_the_account_and_saves_a_new_display_name()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);

        var profile = await session.GetAsync("/Account/Manage");
        var saved = await session.SubmitAsync(profile, "profile", ("Input.DisplayName", "  Ada Lovelace "));

        Assert.Equal("Institute of Testing (NL)", profile.TestId("profile-organization"));
        Assert.Equal("Applicant", profile.TestId("profile-roles"));
        Assert.Equal("/Account/Manage", saved.RedirectPath);
        var after = await session.FollowAsync(saved);
        Assert.Equal("Your profile is saved.", after.TestId("status-message"));
        Assert.Equal("Ada Lovelace", after.TestId("signed-in-as"));
        Assert.Equal("Ada Lovelace", after.ValueOf("Input.DisplayName"));
        Assert.Equal("Ada Lovelace", (await app.UserAsync(email)).DisplayName);
    }

    [Fact]
    public async Task An_empty_display_name_is_refused_beside_the_field()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);

        var refused = await session.SubmitAsync("/Account/Manage", "profile", ("Input.DisplayName", " "));

        Assert.Equal(["Enter your name."], refused.MessagesBeside("Input.DisplayName"));
        Assert.Equal("Ada Researcher", (await app.UserAsync(email)).DisplayName);
    }

    [Fact]
    public async Task Changing_the_password_keeps_the_session_and_only_the_new_password_signs_in()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);
        const string newPassword = "Battery-Staple-77";

        var changed = await session.SubmitAsync("/Account/Manage/ChangePassword", "change-password",
            ("Input.CurrentPassword", AccountSteps.Password), ("Input.NewPassword", newPassword), ("Input.ConfirmPassword", newPassword));

        Assert.Equal("/Account/Manage/ChangePassword", changed.RedirectPath);
        Assert.Equal("Your password is changed.", (await session.FollowAsync(changed)).TestId("status-message"));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Account/Manage")).Status);
        using var other = app.NewSession();
        Assert.Equal(HttpStatusCode.OK, (await other.SignInAsync(email)).Status);
        Assert.Equal("/", (await other.SignInAsync(email, newPassword)).RedirectPath);
        var user = await app.UserAsync(email);
        Assert.Contains(await app.AuditEventsAsync(user.Id, AuditEventTypes.PasswordChanged), e => e.Outcome == AuditOutcome.Succeeded);
    }

    [Fact]
    public async Task Changing_the_password_with_a_wrong_current_password_shows_it_beside_the_field()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);

        var refused = await session.SubmitAsync("/Account/Manage/ChangePassword", "change-password",
            ("Input.CurrentPassword", "Wrong-Horse-42"), ("Input.NewPassword", "Battery-Staple-77"), ("Input.ConfirmPassword", "Battery-Staple-77"));

        Assert.Equal(["This is not your current password."], refused.MessagesBeside("Input.CurrentPassword"));
        using var other = app.NewSession();
        Assert.Equal("/", (await other.SignInAsync(email)).RedirectPath);
        var user = await app.UserAsync(email);
        Assert.Contains(await app.AuditEventsAsync(user.Id, AuditEventTypes.PasswordChanged), e => e.Outcome == AuditOutcome.Failed);
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_beside_the_new_password_field()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);

        var refused = await session.SubmitAsync("/Account/Manage/ChangePassword", "change-password",
            ("Input.CurrentPassword", AccountSteps.Password), ("Input.NewPassword", "short"), ("Input.ConfirmPassword", "short"));

        Assert.Contains(refused.MessagesBeside("Input.NewPassword"), m => m.Contains("at least 12 characters", StringComparison.Ordinal));
        Assert.Equal(string.Empty, refused.ValueOf("Input.CurrentPassword"));
        Assert.Empty(await app.AuditEventsAsync((await app.UserAsync(email)).Id, AuditEventTypes.PasswordChanged));
    }

    [Fact]
    public async Task Mismatched_new_passwords_are_refused_and_not_sent_back()
    {
        var email = await app.NewAccountAsync();
        using var session = app.NewSession();
        await session.SignInAsync(email);

        var refused = await session.SubmitAsync("/Account/Manage/ChangePassword", "change-password",
            ("Input.CurrentPassword", AccountSteps.Password), ("Input.NewPassword", "Battery-Staple-77"), ("Input.ConfirmPassword", "Battery-Staple-78"));

        Assert.Equal(["The two new passwords differ."], refused.MessagesBeside("Input.ConfirmPassword"));
        Assert.Equal(["", "", ""], [refused.ValueOf("Input.CurrentPassword"), refused.ValueOf("Input.NewPassword"), refused.ValueOf("Input.ConfirmPassword")]);
    }

    [Fact]
    public async Task The_lockout_and_access_denied_pages_explain_what_happened()
    {
        using var session = app.NewSession();

        var lockout = await session.GetAsync("/Account/Lockout");
        var denied = await session.GetAsync("/Account/AccessDenied");

        Assert.Contains("locked after too many failed sign-ins", lockout.Text, StringComparison.Ordinal);
        Assert.Contains("does not give access to that page", denied.Text, StringComparison.Ordinal);
        Assert.NotNull(denied.Document.QuerySelector("a[href='/Account/Manage/TwoFactor']"));
    }
}
