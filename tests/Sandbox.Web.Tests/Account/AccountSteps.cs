using Sandbox.Testing.Identity;

namespace Sandbox.Web.Tests.Account;

/// <summary>The account pages used the way a person uses them.</summary>
public static class AccountSteps
{
    public const string Password = "Correct-Horse-42";

    public static Task<HtmlPage> RegisterAsync(this BrowserSession session, string email, params (string Name, string Value)[] changes) =>
        RegisterAsync(session, "/Account/Register", email, changes);

    public static Task<HtmlPage> RegisterAsync(this BrowserSession session, string path, string email, params (string Name, string Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(session);
        (string, string)[] fields =
        [
            ("Input.Email", email),
            ("Input.DisplayName", "Ada Researcher"),
            ("Input.Password", Password),
            ("Input.ConfirmPassword", Password),
            ("Input.OrganizationName", "Institute of Testing"),
            ("Input.OrganizationType", "ResearchInstitution"),
            ("Input.Country", "NL"),
        ];
        return session.SubmitAsync(path, "register", [.. fields, .. changes]);
    }

    public static Task<HtmlPage> SignInAsync(this BrowserSession session, string userName, string password = Password, string path = "/Account/Login", bool rememberMe = false)
    {
        ArgumentNullException.ThrowIfNull(session);
        (string, string)[] fields = [("Input.UserName", userName), ("Input.Password", password)];
        return session.SubmitAsync(path, "login", rememberMe ? [.. fields, ("Input.RememberMe", "true")] : fields);
    }

    /// <summary>Signs in with password and authenticator code; the sign-in must end on the home page.</summary>
    public static async Task SignInWithCodeAsync(this BrowserSession session, string email, string key, bool rememberMachine = false, string password = Password)
    {
        var signedIn = await session.SignInAsync(email, password);
        Assert.Equal("/Account/LoginWith2fa", signedIn.RedirectPath);
        (string, string)[] fields = [("Input.Code", CurrentCode(key))];
        var code = await session.SubmitAsync(await session.FollowAsync(signedIn), "login-with-2fa",
            rememberMachine ? [.. fields, ("Input.RememberMachine", "true")] : fields);
        Assert.Equal("/", code.RedirectPath);
    }

    public static async Task SignOutAsync(this BrowserSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var signedOut = await session.SubmitToAsync(await session.GetAsync("/Account/Manage"), "/Account/Logout");
        Assert.Equal("/", signedOut.RedirectPath);
    }

    /// <summary>Sets up an authenticator as a phone would; returns the key and the recovery codes shown.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableAuthenticatorAsync(this BrowserSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var setup = await session.GetAsync("/Account/Manage/EnableAuthenticator");
        var key = setup.TestId("shared-key");
        var verified = await session.SubmitAsync(setup, "enable-authenticator", ("Input.Code", CurrentCode(key)));
        Assert.Equal(System.Net.HttpStatusCode.OK, verified.Status);
        return (key, verified.TestIds("recovery-code"));
    }

    public static string CurrentCode(string key) => Totp.Code(key, TimeProvider.System.GetUtcNow());
}
