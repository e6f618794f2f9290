using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Identity.OAuth;
using Sandbox.Web.Tests.Account;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Web.Tests.OAuth;

/// <summary>
/// Authorization code + PKCE for a researcher's notebook (a public client), over real HTTP: sign-in,
/// consent, code exchange, API call, userinfo, refresh, and the ways it must fail.
/// </summary>
public abstract class AuthorizationCodeFlowTests(bool onCosmos) : KestrelAppTests(onCosmos)
{
    private const string RedirectUri = OAuthTestClients.NotebookRedirectUri;
    private string _clientId = null!;
    private string _email = null!;

    protected override async Task ArrangeAsync()
    {
        _clientId = await OAuthTestClients.RegisterNotebookAsync(Services);
        _email = $"researcher-{Guid.NewGuid():N}@example.org";
        using var session = new BrowserSession(Factory);
        Assert.Equal("/", (await session.RegisterAsync(_email)).RedirectPath);
    }

    [Fact]
    public async Task Sign_in_and_consent_yield_a_code_that_pkce_turns_into_tokens_for_the_api()
    {
        var pkce = Pkce.Create();
        using var session = new BrowserSession(Factory);

        var code = await AuthorizeAsync(session, pkce, signIn: true);
        var tokens = await ExchangeAsync(code, pkce.Verifier);
        using var me = await BearerGetAsync("/api/me", tokens.AccessToken);
        using var userInfo = await BearerGetAsync("/connect/userinfo", tokens.AccessToken);
        var meBody = JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement;
        var info = JsonDocument.Parse(await userInfo.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.True(tokens.Body.TryGetProperty("id_token", out _));
        Assert.True(tokens.Body.TryGetProperty("refresh_token", out _));
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("bearer", meBody.GetProperty("authenticatedBy").GetString());
        Assert.Contains("Applicant", meBody.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(_email, info.GetProperty("preferred_username").GetString());
    }

    [Fact]
    public async Task A_second_authorization_reuses_the_consent_already_given()
    {
        using var session = new BrowserSession(Factory);
        await AuthorizeAsync(session, Pkce.Create(), signIn: true);

        var again = await session.GetAsync(AuthorizeUrl(Pkce.Create()));

        Assert.StartsWith(RedirectUri, again.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Denying_consent_sends_access_denied_back_to_the_client_and_issues_nothing()
    {
        using var session = new BrowserSession(Factory);
        await session.SignInAsync(_email);
        var consent = await FollowToConsentAsync(session, Pkce.Create());

        var denied = await session.SubmitToAsync(consent, "/connect/authorize", (AuthorizeEndpoint.ConsentField, "deny"));

        var query = QueryHelpers.ParseQuery(denied.Location!.Query);
        Assert.Equal(Errors.AccessDenied, query["error"].ToString());
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task A_code_works_once_and_only_with_its_verifier()
    {
        var pkce = Pkce.Create();
        using var session = new BrowserSession(Factory);
        var code = await AuthorizeAsync(session, pkce, signIn: true);

        var wrongVerifier = await ExchangeAsync(code, Pkce.Create().Verifier);
        var first = await ExchangeAsync(await AuthorizeAsync(session, pkce, signIn: false), pkce.Verifier);
        var replayedCode = await AuthorizeAsync(session, pkce, signIn: false);
        await ExchangeAsync(replayedCode, pkce.Verifier);
        var replay = await ExchangeAsync(replayedCode, pkce.Verifier);

        Assert.Equal(Errors.InvalidGrant, wrongVerifier.Error);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(Errors.InvalidGrant, replay.Error);
    }

    [Fact]
    public async Task Prompt_login_asks_to_sign_in_once_and_then_issues_the_code()
    {
        using var session = new BrowserSession(Factory);
        await session.SignInAsync(_email);

        var callback = await OAuthBrowser.SignInAndConsentAsync(session, AuthorizeUrl(Pkce.Create()) + "&prompt=login", _email);

        Assert.StartsWith(RedirectUri, callback.ToString(), StringComparison.Ordinal);
        Assert.Contains("code=", callback.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_client_without_pkce_gets_no_code()
    {
        using var session = new BrowserSession(Factory);
        await session.SignInAsync(_email);

        var refused = await session.GetAsync($"/connect/authorize?client_id={_clientId}&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(RedirectUri)}&state=s1");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Null(refused.Location);
        Assert.Contains("code_challenge", refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_token_renews_access_until_it_is_revoked()
    {
        var pkce = Pkce.Create();
        using var session = new BrowserSession(Factory);
        var tokens = await ExchangeAsync(await AuthorizeAsync(session, pkce, signIn: true), pkce.Verifier);
        var refreshToken = tokens.Body.GetProperty("refresh_token").GetString()!;

        var renewed = await RefreshAsync(refreshToken);
        var rolled = renewed.Body.GetProperty("refresh_token").GetString()!;
        using var revoke = await Http.PostAsync(new Uri("/connect/revoke", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = rolled,
            ["token_type_hint"] = "refresh_token",
            ["client_id"] = _clientId,
        }));
        var afterRevoke = await RefreshAsync(rolled);

        Assert.Equal(HttpStatusCode.OK, renewed.Status);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(Errors.InvalidGrant, afterRevoke.Error);
    }

    [Fact]
    public async Task A_refresh_may_narrow_the_scopes_but_not_widen_them()
    {
        var pkce = Pkce.Create();
        using var session = new BrowserSession(Factory);
        var tokens = await ExchangeAsync(await AuthorizeAsync(session, pkce, signIn: true), pkce.Verifier);
        var refreshToken = tokens.Body.GetProperty("refresh_token").GetString()!;

        var narrowed = await RefreshAsync(refreshToken, "offline_access " + OAuthScopes.Api);
        using var me = await BearerGetAsync("/api/me", narrowed.AccessToken);
        var scopes = JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement.GetProperty("scopes").EnumerateArray().Select(s => s.GetString());
        var widened = await RefreshAsync(narrowed.Body.GetProperty("refresh_token").GetString()!, "offline_access profile " + OAuthScopes.Api);

        Assert.Equal(["offline_access", OAuthScopes.Api], scopes.Order());
        Assert.NotEqual(HttpStatusCode.OK, widened.Status);
    }

    [Fact]
    public async Task A_password_change_ends_the_refresh_tokens_issued_before_it()
    {
        var pkce = Pkce.Create();
        using var session = new BrowserSession(Factory);
        var tokens = await ExchangeAsync(await AuthorizeAsync(session, pkce, signIn: true), pkce.Verifier);
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Sandbox.Identity.Users.SandboxUser>>();
            var user = (await users.FindByEmailAsync(_email))!;
            Assert.True((await users.ChangePasswordAsync(user, AccountSteps.Password, "Another-Horse-43-Battery")).Succeeded);
        }

        var refreshed = await RefreshAsync(tokens.Body.GetProperty("refresh_token").GetString()!);

        Assert.Equal(Errors.InvalidGrant, refreshed.Error);
    }

    private string AuthorizeUrl(Pkce pkce) =>
        $"/connect/authorize?client_id={_clientId}&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
        $"&scope={Uri.EscapeDataString("openid profile roles offline_access sandbox.api")}&state=state-123&code_challenge={pkce.Challenge}&code_challenge_method=S256";

    private async Task<HtmlPage> FollowToConsentAsync(BrowserSession session, Pkce pkce)
    {
        var authorize = await session.GetAsync(AuthorizeUrl(pkce));
        Assert.Equal("/Account/Consent", authorize.RedirectPath);
        var consent = await session.FollowAsync(authorize);
        Assert.Contains("Notebook under test", consent.Text, StringComparison.Ordinal);
        return consent;
    }

    /// <summary>Runs the browser part of the flow and returns the code delivered to the redirect URI.</summary>
    private async Task<string> AuthorizeAsync(BrowserSession session, Pkce pkce, bool signIn)
    {
        var callback = signIn
            ? await OAuthBrowser.SignInAndConsentAsync(session, AuthorizeUrl(pkce), _email)
            : (await session.GetAsync(AuthorizeUrl(pkce))).Location!;
        Assert.StartsWith(RedirectUri, callback.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("state-123", query["state"].ToString());
        return query["code"].ToString();
    }

    private Task<TokenResponse> ExchangeAsync(string code, string verifier) => TokenResponse.PostAsync(Http, new Dictionary<string, string>
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = _clientId,
        ["code"] = code,
        ["redirect_uri"] = RedirectUri,
        ["code_verifier"] = verifier,
    });

    private Task<TokenResponse> RefreshAsync(string refreshToken, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = _clientId,
            ["refresh_token"] = refreshToken,
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return TokenResponse.PostAsync(Http, form);
    }

    private async Task<HttpResponseMessage> BearerGetAsync(string path, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await Http.SendAsync(request);
    }
}

public sealed class SqliteAuthorizationCodeFlowTests() : AuthorizationCodeFlowTests(onCosmos: false);

public sealed class CosmosAuthorizationCodeFlowTests() : AuthorizationCodeFlowTests(onCosmos: true);
